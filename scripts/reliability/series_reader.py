#!/usr/bin/env python3
"""An independent reader of a kpi store, written from docs/series-format.md (Python standard library only).

    series_reader.py STORE [--as-of TIME] [--lines] [--pending]

It shares no code with kpi, so the crash harness can check what kpi wrote without asking kpi.
It reads `store.conf`, the `.journal` (finishing a committed one in memory, as "How writes stay
safe" says the next command will, unless --pending), every `ID.kpi` line by line with the
documented quoting, sets a torn final line aside as rule 7 says, and checks rules 1-11 that one
snapshot can show (of rule 10, not that each profiled period's rounded target of a closer
indicator is other than 0). It prints the values in force (or, with --lines, every value and revise line
with its recorded time, note and who) as CSV, and every problem as `FILE:LINE: message` on
stderr; it exits 1 when there is any problem.

The journal layout is the one in Sources/KPIStore/Journal.swift's doc comment:
`kpi-journal 1\\n`, then per file `append NAME LENGTH COUNT\\n`, COUNT bytes and `\\n`, then
`commit N\\n` where N is the number of appends.
"""

import argparse
import csv
import datetime
import os
import re
import sys

ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,31}\Z")
YEAR = re.compile(r"(\d{4})/(\d{2})\Z")
QUARTER = re.compile(r"Q([1-4])\Z")
FIGURE = re.compile(r"-?(\d+)(?:\.(\d+))?\Z")
TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\Z")
UNITS = ("percent", "count", "days", "gbp", "number")
TEXT_FIELDS = ("title", "theme", "source", "description")
DEFINITION_FIELDS = TEXT_FIELDS + ("unit", "better", "decimals", "allow-any-percent", "cumulative", "green-tolerance")
FLAGS = ("allow-any-percent", "cumulative")   # no value on a definition line; true|false on redefine
HISTORY_KINDS = ("value", "revise", "target", "year-target", "forecast", "revise-forecast", "redefine", "retire", "reinstate")
ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t"}
JOURNAL = ".journal"


class Bad(Exception):
    """A line that breaks the format; the message says what was expected."""


class Field:
    def __init__(self, text, quoted):
        self.text, self.quoted = text, quoted

    def __repr__(self):
        return repr(self.text) if self.quoted else self.text


def split_fields(line):
    """Fields split by spaces; a field in double quotes is text with the documented escapes."""
    fields, i, n = [], 0, len(line)
    while i < n:
        if line[i] == " ":
            i += 1
        elif line[i] == '"':
            i, out = i + 1, []
            while True:
                if i >= n:
                    raise Bad("unterminated quoted text (no closing \")")
                c = line[i]
                if c == '"':
                    i += 1
                    break
                if c != "\\":
                    out.append(c)
                    i += 1
                    continue
                e = line[i + 1] if i + 1 < n else ""
                if e in ESCAPES and e:
                    out.append(ESCAPES[e])
                    i += 2
                elif e == "u" and line[i + 2:i + 3] == "{":
                    end = line.find("}", i + 3)
                    code = line[i + 3:end] if end > 0 else ""
                    scalar = int(code, 16) if re.fullmatch(r"[0-9A-Fa-f]{1,6}", code) else -1
                    if not (0 <= scalar < 0xD800 or 0xDFFF < scalar <= 0x10FFFF):
                        raise Bad(f"bad \\u{{…}} escape in quoted text: {line[i:i + 12]!r}")
                    out.append(chr(scalar))
                    i = end + 1
                else:
                    raise Bad(f"unknown escape \\{e} in quoted text")
            if i < n and line[i] != " ":
                raise Bad("expected a space after quoted text")
            fields.append(Field("".join(out), True))
        else:
            end = line.find(" ", i)
            end = n if end < 0 else end
            if '"' in line[i:end]:
                raise Bad(f"a quote inside the unquoted field {line[i:end]!r}")
            fields.append(Field(line[i:end], False))
            i = end
    return fields


def valid_time(text):
    if not TIME.match(text):
        return False
    try:
        datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
        return True
    except ValueError:
        return False


def figure_problem(text):
    """None for a figure as the format allows it, else what is wrong."""
    match = FIGURE.match(text)
    if not match:
        return "expected a plain decimal figure"
    whole, fraction = match.group(1), match.group(2) or ""
    digits = (whole + fraction).lstrip("0")
    if len(digits) > 18 or len(fraction) > 18:
        return "more than 18 significant digits or 18 decimals"
    if abs(float(text)) > 1e15:
        return "larger than 1e15"
    return None


def period_key(year_field, quarter_field):
    """(start year, quarter) of a canonical period such as `2021/22` `Q2`."""
    year, quarter = YEAR.match(year_field), QUARTER.match(quarter_field)
    if not year or not quarter or (int(year.group(1)) + 1) % 100 != int(year.group(2)):
        raise Bad(f"expected a period such as 2021/22 Q2, found {year_field} {quarter_field}")
    return int(year.group(1)), int(quarter.group(1))


def period_text(key):
    return f"{key[0]}/{(key[0] + 1) % 100:02d} Q{key[1]}"


class Cursor:
    """The fields of one line, consumed left to right."""

    def __init__(self, fields):
        self.fields, self.at = fields, 0

    def more(self):
        return self.at < len(self.fields)

    def peek(self):
        return self.fields[self.at].text if self.more() and not self.fields[self.at].quoted else None

    def word(self, what):
        if not self.more():
            raise Bad(f"expected {what}, found the end of the line")
        field = self.fields[self.at]
        if field.quoted:
            raise Bad(f"expected {what}, found quoted text")
        self.at += 1
        return field.text

    def text(self, what):
        if not self.more() or not self.fields[self.at].quoted:
            raise Bad(f"expected {what} in double quotes")
        self.at += 1
        return self.fields[self.at - 1].text

    def keyword(self, name):
        if self.word(name) != name:
            raise Bad(f"expected {name!r}, found {self.fields[self.at - 1].text!r}")

    def period(self):
        return period_key(self.word("a period"), self.word("a period's quarter"))

    def figure(self, what="a figure"):
        text = self.word(what)
        problem = figure_problem(text)
        if problem:
            raise Bad(f"{what}: {problem}, found {text!r}")
        return text

    def time(self):
        self.keyword("recorded")
        text = self.word("a time")
        if not valid_time(text):
            raise Bad(f"expected a UTC time such as 2021-08-11T10:15:00Z, found {text!r}")
        return text

    def trailer(self, note_allowed=True):
        """`[note "TEXT"] [by "NAME"]` and the end of the line."""
        note = by = None
        if note_allowed and self.peek() == "note":
            self.at += 1
            note = self.text("the note")
        if self.peek() == "by":
            self.at += 1
            by = self.text("who recorded it")
        if self.more():
            raise Bad(f"unexpected {self.fields[self.at]!r} at the end of the line")
        return note, by


class Line:
    """One history line: kind is value, revise, target, year-target, forecast, revise-forecast,
    redefine, retire or reinstate."""

    def __init__(self, kind, number, recorded, **fields):
        self.kind, self.number, self.recorded = kind, number, recorded
        self.period = fields.get("period")
        self.figure = fields.get("figure")
        self.note = fields.get("note")
        self.by = fields.get("by")
        self.amber = fields.get("amber")          # ("amber", FIGURE) or ("tolerance", FIGURE) or None
        self.green = fields.get("green")          # the green-tolerance FIGURE, or None
        self.profile = fields.get("profile")      # "even", a list of FIGURE texts, or None
        self.changes = fields.get("changes", {})  # for redefine


class SeriesFile:
    """One indicator's file: the first definition, the history lines in file order, problems."""

    def __init__(self, name, path):
        self.name, self.path, self.ident = name, path, name[:-len(".kpi")]
        self.definition = {}
        self.defined = None
        self.history = []
        self.problems = []
        self.torn = None        # the bytes of a torn final line, set aside
        self.clean_length = 0

    def problem(self, line, message):
        self.problems.append(f"{self.path}:{line}: {message}" if line else f"{self.path}: {message}")

    def observations(self):
        return [line for line in self.history if line.kind in ("value", "revise")]

    def definition_at(self, moment):
        """Rule 4: the first version with every redefine recorded by then, in recorded order."""
        current = dict(self.definition)
        changes = sorted((line for line in self.history if line.kind == "redefine"), key=lambda line: line.recorded)
        for line in changes:
            if moment is None or line.recorded <= moment:
                current.update(line.changes)
        return current

    def in_force(self, kinds, as_of=None):
        """Per period (or from-period), the line of these kinds recorded last by as_of (file order breaks ties)."""
        chosen = {}
        for line in self.history:
            if line.kind in kinds and (as_of is None or line.recorded <= as_of):
                if line.period not in chosen or line.recorded >= chosen[line.period].recorded:
                    chosen[line.period] = line
        return chosen


def parse_series(name, data, path):
    """Parses one Series file's bytes (rule 7: a final line without a newline is torn, not data)."""
    series = SeriesFile(name, path)
    if not ID.match(series.ident):
        series.problem(0, f"file name: expected an indicator id (1-32 of A-Z a-z 0-9 . _ -), found {series.ident!r}")
    cut = data.rfind(b"\n") + 1
    if cut < len(data):
        series.torn = data[cut:]
        series.problem(data.count(b"\n") + 1, f"torn final line: {len(series.torn)} bytes without a newline")
    series.clean_length = cut
    definition_open = True
    for number, raw in enumerate(data[:cut].split(b"\n")[:-1], 1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            series.problem(number, "not UTF-8")
            continue
        if text.endswith("\r"):
            text = text[:-1]
        if not text.strip(" ") or text.lstrip(" ").startswith("#"):
            continue
        try:
            cursor = Cursor(split_fields(text))
            keyword = cursor.word("a keyword")
            if series.defined is None:
                if keyword != "indicator":
                    raise Bad(f"expected the `indicator ID defined TIME` line first, found {keyword!r}")
                ident = cursor.word("the id")
                if ident != series.ident:
                    series.problem(number, f"the id {ident!r} is not the file name's {series.ident!r}")
                cursor.keyword("defined")
                stamp = cursor.word("a time")
                if not valid_time(stamp):
                    raise Bad(f"expected a UTC time, found {stamp!r}")
                _, by = cursor.trailer(note_allowed=False)
                series.defined, series.definition["by"] = stamp, by
            elif keyword == "indicator":
                raise Bad("a second indicator line")
            elif keyword in DEFINITION_FIELDS:
                if not definition_open:
                    raise Bad(f"a definition line ({keyword}) after a history line")
                if keyword in series.definition:
                    raise Bad(f"a second {keyword} line")
                series.definition[keyword] = definition_value(keyword, cursor)
                if cursor.more():
                    raise Bad(f"unexpected {cursor.fields[cursor.at]!r} at the end of the line")
            elif keyword in HISTORY_KINDS:
                if definition_open:
                    definition_open = False
                    missing = [key for key in ("title", "unit", "better") if key not in series.definition]
                    if missing:
                        raise Bad(f"a history line before the definition's {', '.join(missing)}")
                series.history.append(history_line(keyword, cursor, number))
            else:
                raise Bad(f"unknown line {keyword!r}")
        except Bad as error:
            series.problem(number, str(error))
    if series.defined is None:
        series.problem(0, "no `indicator ID defined TIME` line")
    elif definition_open:
        for key in ("title", "unit", "better"):
            if key not in series.definition:
                series.problem(0, f"the definition has no {key} line")
    check_rules(series)
    return series


def definition_value(keyword, cursor):
    """The value of a definition field (also used by redefine)."""
    if keyword in TEXT_FIELDS:
        return cursor.text(f"the {keyword}")
    if keyword == "unit":
        unit = cursor.word("a unit")
        if unit not in UNITS:
            raise Bad(f"unit: expected one of {', '.join(UNITS)}, found {unit!r}")
        return unit
    if keyword == "better":
        better = cursor.word("higher, lower or closer")
        if better not in ("higher", "lower", "closer"):
            raise Bad(f"better: expected higher, lower or closer, found {better!r}")
        return better
    if keyword == "green-tolerance":
        return cursor.figure("the green tolerance")
    if keyword == "decimals":
        decimals = cursor.word("decimals")
        if not re.fullmatch(r"[0-6]", decimals):
            raise Bad(f"decimals: expected 0-6, found {decimals!r}")
        return int(decimals)
    return True   # allow-any-percent and cumulative on a definition line take no value


def bands(cursor):
    """`[amber FIGURE | tolerance FIGURE] [green-tolerance FIGURE]` after a target's figure."""
    amber = green = None
    if cursor.peek() in ("amber", "tolerance"):
        which = cursor.word("amber")
        amber = (which, cursor.figure(which))
    if cursor.peek() == "green-tolerance":
        cursor.at += 1
        green = cursor.figure("the green tolerance")
    return amber, green


def history_line(kind, cursor, number):
    if kind in ("value", "revise", "forecast", "revise-forecast"):
        period, figure = cursor.period(), cursor.figure()
        recorded = cursor.time()
        note, by = cursor.trailer()
        return Line(kind, number, recorded, period=period, figure=figure, note=note, by=by)
    if kind == "target":
        period, amber, green = cursor.period(), None, None
        figure = None if cursor.peek() == "none" else cursor.figure("the target")
        if figure is None:
            cursor.at += 1
        else:
            amber, green = bands(cursor)
        recorded = cursor.time()
        _, by = cursor.trailer(note_allowed=False)
        return Line(kind, number, recorded, period=period, figure=figure, amber=amber, green=green, by=by)
    if kind == "year-target":
        year = YEAR.match(cursor.word("a financial year"))
        if not year or (int(year.group(1)) + 1) % 100 != int(year.group(2)):
            raise Bad(f"expected a financial year such as 2021/22, found {cursor.fields[cursor.at - 1].text!r}")
        figure, profile = cursor.figure("the year-end target"), None
        if cursor.peek() == "profile":
            cursor.at += 1
            text = cursor.word("a profile")
            profile = "even" if text == "even" else text.split(",")
            for entry in ([] if profile == "even" else profile):
                if figure_problem(entry):
                    raise Bad(f"profile: expected even or cumulative percentages such as 25,50,75,100, found {text!r}")
        amber, green = bands(cursor)
        recorded = cursor.time()
        _, by = cursor.trailer(note_allowed=False)
        return Line(kind, number, recorded, period=(int(year.group(1)),), figure=figure, profile=profile, amber=amber,
                    green=green, by=by)
    if kind == "redefine":
        changes = {}
        while cursor.peek() not in ("recorded", None):
            field = cursor.word("a field")
            if field not in DEFINITION_FIELDS:
                raise Bad(f"redefine: unknown field {field!r}")
            if field in changes:
                raise Bad(f"redefine: {field} twice")
            if field in FLAGS:
                flag = cursor.word("true or false")
                if flag not in ("true", "false"):
                    raise Bad(f"{field}: expected true or false, found {flag!r}")
                changes[field] = flag == "true"
            else:
                changes[field] = definition_value(field, cursor)
        if not changes:
            raise Bad("redefine names no field")
        recorded = cursor.time()
        note, by = cursor.trailer()
        return Line(kind, number, recorded, changes=changes, note=note, by=by)
    period = cursor.period() if kind == "retire" else None
    recorded = cursor.time()
    note, by = cursor.trailer()
    return Line(kind, number, recorded, period=period, note=note, by=by)


def check_rules(series):
    """Rules 2, 5, 6, 8, 10 and 11 as one snapshot shows them (rule 1, append only, needs two
    snapshots)."""
    first = {"value": {}, "forecast": {}}
    if series.definition.get("green-tolerance") is not None and series.definition.get("better") != "closer":
        series.problem(0, "a green-tolerance line in a definition whose better is not closer")
    for line in series.history:
        definition = series.definition_at(line.recorded)
        if line.kind in ("value", "forecast"):
            if line.period in first[line.kind]:
                earlier = first[line.kind][line.period].number
                series.problem(line.number, f"a second {line.kind} line for {period_text(line.period)} (line {earlier} "
                                            f"has one; a correction is a {'revise' if line.kind == 'value' else 'revise-forecast'} line)")
            else:
                first[line.kind][line.period] = line
        elif line.kind in ("revise", "revise-forecast"):
            kind = "value" if line.kind == "revise" else "forecast"
            earlier = first[kind].get(line.period)
            if earlier is None:
                series.problem(line.number, f"a {line.kind} for {period_text(line.period)} with no earlier {kind} line")
            elif line.recorded < earlier.recorded:
                series.problem(line.number, f"a {line.kind} recorded before the {kind} it corrects (line {earlier.number})")
        if line.figure is not None and line.kind not in ("redefine", "retire", "reinstate"):
            problem = against_definition(line, definition)
            if problem:
                series.problem(line.number, problem + " (the definition in force when it was recorded)")
    now = series.definition_at(None)
    kinds = (("value", "revise"), ("target",), ("year-target",), ("forecast", "revise-forecast"))
    for chosen in (series.in_force(kind) for kind in kinds):
        for line in chosen.values():
            problem = against_definition(line, now) if line.figure is not None else None
            if problem:
                series.problem(line.number, problem + " (the definition in force now)")


def against_definition(line, definition):
    """Rule 6 (percentages), rule 5 (amber on the worse side, tolerance not negative), rule 8
    (closer) and rule 10 (profiles)."""
    value = float(line.figure)
    if definition.get("unit") == "percent" and not definition.get("allow-any-percent") and not 0 <= value <= 100:
        return f"{line.figure} is not a percentage from 0 to 100"
    if line.kind not in ("target", "year-target"):
        return None
    better, cumulative = definition.get("better"), definition.get("cumulative", False)
    if line.kind == "year-target" and line.profile is not None:
        if not cumulative:
            return "a profile on an indicator that is not cumulative"
        if line.profile != "even":
            entries = [float(entry) for entry in line.profile]
            if len(entries) != 4 or min(entries) < 0 or entries != sorted(entries) or entries[-1] != 100:
                return f"profile {','.join(line.profile)}: not 4 cumulative percentages from 0, never falling, ending at 100"
    green = float(line.green if line.green is not None else definition.get("green-tolerance") or 0)
    if line.green is not None and better != "closer":
        return "a green tolerance on a target of an indicator whose better is not closer"
    if green < 0:
        return f"green tolerance {green} is negative"
    if line.amber:
        which, figure = line.amber
        amber = float(figure)
        if which == "tolerance" and amber < 0:
            return f"tolerance {figure} is negative"
        if which == "amber" and (better == "closer" or (line.kind == "year-target" and cumulative)):
            return f"an absolute amber {figure} where a tolerance is needed (closer, or a cumulative year target)"
        if which == "amber" and (amber > value if better == "higher" else amber < value):
            return f"amber {figure} is not on the worse side of the target {line.figure}"
        if which == "tolerance" and better == "closer" and amber < green:
            return f"tolerance {figure} is less than the green tolerance {green:g}"
    if better == "closer" and value == 0:
        return "a target of 0 for an indicator whose better is closer"
    return None


class Journal:
    """`.journal` as found: state is none, uncommitted (dropped: nothing was touched) or committed."""

    def __init__(self, state, appends=(), problem=None):
        self.state, self.appends, self.problem = state, list(appends), problem


def read_journal(data):
    """Decodes the documented journal layout; a journal cut short by a crash is uncommitted."""
    at = 0

    def line():
        nonlocal at
        end = data.find(b"\n", at)
        if end < 0:
            return None
        text, at = data[at:end], end + 1
        return text

    if data and not b"kpi-journal 1\n".startswith(data[:14]):
        return Journal("damaged", problem="journal does not start with `kpi-journal 1`")
    if line() != b"kpi-journal 1":
        return Journal("uncommitted")
    appends = []
    while True:
        header = line()
        if header is None:
            return Journal("uncommitted", appends)
        parts = header.split(b" ")
        if parts[0] == b"commit":
            if header != b"commit %d" % len(appends) or at != len(data):
                return Journal("damaged", appends, f"commit line {header!r} does not close {len(appends)} appends")
            return Journal("committed", appends)
        if len(parts) != 4 or parts[0] != b"append" or not parts[2].isdigit() or not parts[3].isdigit():
            return Journal("damaged", appends, f"unreadable journal line {header[:80]!r}")
        name, prior, count = parts[1].decode("utf-8", "replace"), int(parts[2]), int(parts[3])
        if len(data) < at + count + 1:
            return Journal("uncommitted", appends)
        body = data[at:at + count]
        if data[at + count:at + count + 1] != b"\n" or not name.endswith(".kpi") or "/" in name:
            return Journal("damaged", appends, f"append for {name!r} is not followed by its bytes and a newline")
        if body and not body.endswith(b"\n"):
            return Journal("damaged", appends, f"append for {name} does not end in a whole line")
        appends.append((name, prior, body))
        at += count + 1


class StoreView:
    """A whole store as this reader sees it."""

    def __init__(self, directory):
        self.directory = directory
        self.settings = {}
        self.problems = []
        self.journal = Journal("none")
        self.raw = {}        # file name -> bytes on disk
        self.contents = {}   # file name -> bytes after the journal (the files a recovery leaves)
        self.files = {}      # file name -> SeriesFile of those bytes
        self.recovered = 0   # torn tails set aside in .recovered/

    def observations(self):
        """Every value and revise line: (id, period text, figure, note, recorded, by, kind), per id in file order."""
        rows = []
        for name in sorted(self.files):
            series = self.files[name]
            rows += [(series.ident, period_text(line.period), line.figure, line.note, line.recorded, line.by, line.kind)
                     for line in series.observations()]
        return rows

    def values_in_force(self, as_of=None):
        """(id, period text) -> the value or revise line in force (rule 4)."""
        return {(series.ident, period_text(period)): line
                for series in self.files.values()
                for period, line in series.in_force(("value", "revise"), as_of).items()}

    def all_problems(self):
        return self.problems + [problem for series in self.files.values() for problem in series.problems]


def read_store(directory, pending=False):
    """Reads a store; a committed journal is applied in memory unless `pending` (files as they are)."""
    view = StoreView(directory)
    conf = os.path.join(directory, "store.conf")
    if not os.path.isfile(conf):
        view.problems.append(f"{conf}: missing (a store directory holds store.conf)")
    else:
        read_settings(view, conf)
    names = sorted(os.listdir(directory)) if os.path.isdir(directory) else []
    for name in names:
        if name.endswith(".kpi") and not name.startswith("."):
            with open(os.path.join(directory, name), "rb") as handle:
                view.raw[name] = handle.read()
    contents = dict(view.raw)
    if JOURNAL in names:
        with open(os.path.join(directory, JOURNAL), "rb") as handle:
            view.journal = read_journal(handle.read())
        path = os.path.join(directory, JOURNAL)
        if view.journal.problem:
            view.problems.append(f"{path}: {view.journal.problem}")
        if pending:
            view.problems.append(f"{path}: an interrupted command's journal is waiting ({view.journal.state})")
        elif view.journal.state == "committed":
            for name, prior, body in view.journal.appends:
                if len(contents.get(name, b"")) < prior:
                    view.problems.append(f"{path}: {name} is shorter ({len(contents.get(name, b''))} bytes) "
                                         f"than the journal's prior length {prior}")
                contents[name] = contents.get(name, b"")[:prior] + body
    view.contents = contents
    for name in sorted(contents):
        view.files[name] = parse_series(name, contents[name], os.path.join(directory, name))
    recovered = os.path.join(directory, ".recovered")
    view.recovered = len(os.listdir(recovered)) if os.path.isdir(recovered) else 0
    return view


def read_settings(view, path):
    with open(path, "rb") as handle:
        data = handle.read()
    rules = {"format": lambda v: v == "1", "year-start-month": lambda v: v.isdigit() and 1 <= int(v) <= 12,
             "spc-shift": lambda v: v.isdigit() and int(v) >= 2, "spc-trend": lambda v: v.isdigit() and int(v) >= 2,
             "spc-screen-outliers": lambda v: v in ("yes", "no"),
             "spc-fix-after": lambda v: v == "none" or (v.isdigit() and int(v) >= 12)}
    if data and not data.endswith(b"\n"):
        view.problems.append(f"{path}: the last line has no newline")
    for number, raw in enumerate(data.decode("utf-8", "replace").split("\n"), 1):
        words = raw.rstrip("\r").split()
        if not words or words[0].startswith("#"):
            continue
        if len(words) != 2 or words[0] not in rules or not rules[words[0]](words[1]):
            view.problems.append(f"{path}:{number}: unexpected setting {raw!r}")
        elif words[0] in view.settings:
            view.problems.append(f"{path}:{number}: {words[0]} set twice")
        else:
            view.settings[words[0]] = words[1]
    if "format" not in view.settings:
        view.problems.append(f"{path}: no `format 1` line")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store")
    parser.add_argument("--as-of", help="a UTC time YYYY-MM-DDTHH:MM:SSZ: only lines recorded by then count")
    parser.add_argument("--lines", action="store_true",
                        help="every value and revise line instead of the values in force")
    parser.add_argument("--pending", action="store_true",
                        help="leave a committed journal unapplied (files as they are)")
    args = parser.parse_args()
    if args.as_of and not valid_time(args.as_of):
        parser.error("--as-of: expected a UTC time such as 2021-08-11T10:15:00Z")
    view = read_store(args.store, pending=args.pending)
    out = csv.writer(sys.stdout, lineterminator="\n")
    if args.lines:
        out.writerow(["indicator", "period", "value", "note", "recorded_at", "by", "kind"])
        for row in view.observations():
            if args.as_of is None or row[4] <= args.as_of:
                out.writerow([field if field is not None else "" for field in row])
    else:
        out.writerow(["indicator", "period", "value", "recorded_at", "note"])
        for (ident, period), line in sorted(view.values_in_force(args.as_of).items()):
            out.writerow([ident, period, line.figure, line.recorded, line.note or ""])
    problems = view.all_problems()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{args.store}: {len(view.files)} indicators, journal {view.journal.state}, {len(problems)} problems",
          file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
