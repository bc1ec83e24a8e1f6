#!/usr/bin/env python3
"""Checks that a committee pack's pack.pdf is an accessible, tagged PDF, reading it with a
real PDF parser (pikepdf, i.e. qpdf) and with poppler's pdfinfo, never with byte searches.

Usage:
  pdf-check.py PACK-DIR [--expect-part TITLE]...   check PACK-DIR/pack.pdf against PACK-DIR/summary.csv (and actions.csv)
  pdf-check.py --self-test PACK-DIR                 break copies of the PDF on purpose; each must be caught

What a pack PDF must have (issue 16):
  - tagged: /MarkInfo << /Marked true >> and a /StructTreeRoot, and pdfinfo says "Tagged: yes";
  - /Lang en-GB, /ViewerPreferences /DisplayDocTitle true and a /Title;
  - a structure tree in reading order under one Document: one H1, H2 parts, an H3 for every
    indicator, a Figure with non-empty /Alt for every chart and every tile (two per indicator),
    and the summary Table: a header row of TH cells and one row per indicator;
  - nothing drawn untagged: every painting operator inside a structure element's marked content
    or an /Artifact sequence, and the page furniture (footers, rules) marked as /Artifact;
  - with actions (actions.csv): a table row headed (TH) by each action's ref, every action table
    starting with header cells, and a bookmark for the Actions part (a pack of actions alone has
    no indicator checks);
  - an outline: every top-level bookmark a contents entry, every indicator nested under one,
    every bookmark leading to a page; the cover's contents links lead to the same places, in
    the same order, and every link on every page resolves to a page of this document.
Prints each check as "ok:" or "FAILED:" and "pdf-check: N passed, M failed"; exits 1 on failure.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

import pikepdf


PAINTING = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "Tj", "TJ", "'", '"'}


class Checks:
    def __init__(self, quiet=False):
        self.passed = 0
        self.failed = 0
        self.quiet = quiet

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            if not self.quiet:
                print(f"  ok: {name}")
        else:
            self.failed += 1
            if not self.quiet:
                print(f"  FAILED: {name} {detail}".rstrip())
        return ok


def named_destinations(pdf):
    """Every name in the document's /Dests name tree (and the old /Root /Dests dictionary)."""
    names = {}
    root = pdf.Root
    if "/Names" in root and "/Dests" in root.Names:
        tree = pikepdf.NameTree(root.Names.Dests)
        for key in tree.keys():
            names[str(key)] = tree[key]
    if "/Dests" in root:
        for key, value in root.Dests.items():
            names[key.lstrip("/")] = value
    return names


def page_of(destination, pdf, names):
    """The 1-based page number a /Dest value leads to, or None."""
    if isinstance(destination, (pikepdf.String, str, bytes)):
        destination = names.get(str(destination))
    if isinstance(destination, pikepdf.Dictionary) and "/D" in destination:
        destination = destination.D
    if not isinstance(destination, pikepdf.Array) or len(destination) == 0:
        return None
    target = destination[0]
    for number, page in enumerate(pdf.pages, start=1):
        if page.obj.is_indirect and target.is_indirect and page.obj.objgen == target.objgen:
            return number
    return None


def link_destination(annotation):
    if "/Dest" in annotation:
        return annotation.Dest
    action = annotation.get("/A")
    if action is not None and action.get("/S") == "/GoTo":
        return action.get("/D")
    return None


def structure_elements(pdf):
    """The structure tree in reading order: (depth, type, element) for every element."""
    out = []

    def walk(node, depth):
        kids = node.get("/K")
        if kids is None:
            return
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/MCR" and kid.get("/Type") != "/OBJR" and "/S" in kid:
                out.append((depth, str(kid.S).lstrip("/"), kid))
                walk(kid, depth + 1)

    walk(pdf.Root.StructTreeRoot, 0)
    return out


def table_header_texts(path):
    """The text of every TH cell, in reading order, as poppler reads the structure tree
    (`pdfinfo -struct-text`), with whitespace removed (a wrapped cell's lines are joined)."""
    lines = subprocess.run(["pdfinfo", "-struct-text", path], capture_output=True, text=True).stdout.splitlines()
    texts = []
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1].strip()
        if line.strip() == "TH" and following.startswith('"'):
            texts.append("".join(following.strip('"').split()))
    return texts


def check_actions(path, actions, pdf, checks):
    """The Actions part: a Table row headed by each action's ref, header cells for every action
    table, and a bookmark leading to the part."""
    headers = table_header_texts(path)
    missing = [ref for ref in actions if "".join(ref.split()) not in headers]
    checks.check(f"a table row headed (TH) by each of the {len(actions)} actions' refs", actions != [] and missing == [], f"(missing {missing[:5]})")
    checks.check("every action table starts with header cells (TH) Ref … Latest update",
                 headers.count("Ref") >= 1 and headers.count("Ref") == headers.count("Latestupdate"),
                 f"(Ref {headers.count('Ref')}, Latest update {headers.count('Latestupdate')})")
    with pdf.open_outline() as outline:
        titles = [part.title for part in outline.root]
    checks.check("a bookmark for the Actions part", "Actions: progress on the plan" in titles, f"(found {titles})")


def check_pdf(path, indicators, expected_parts, checks, spc_charts=0, actions=()):
    pdf = pikepdf.open(path)
    root = pdf.Root

    # Tagged, in poppler's eyes too.
    mark = root.get("/MarkInfo")
    checks.check("catalog /MarkInfo << /Marked true >>", mark is not None and bool(mark.get("/Marked", False)))
    has_tree = "/StructTreeRoot" in root
    checks.check("catalog has a /StructTreeRoot", has_tree)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    checks.check("pdfinfo reads it as Tagged: yes", any(line.split() == ["Tagged:", "yes"] for line in info.splitlines()))

    # Language and title.
    checks.check("catalog /Lang is en-GB", str(root.get("/Lang", "")) == "en-GB", f"(found {root.get('/Lang')!r})")
    prefs = root.get("/ViewerPreferences")
    checks.check("/ViewerPreferences /DisplayDocTitle true", prefs is not None and bool(prefs.get("/DisplayDocTitle", False)))
    title = str(pdf.docinfo.get("/Title", "")) if pdf.docinfo is not None else ""
    checks.check("document information has a /Title", title.strip() != "", f"(found {title!r})")

    # Structure tree.
    elements = structure_elements(pdf) if has_tree else []
    types = [kind for _, kind, _ in elements]
    top = [kind for depth, kind, _ in elements if depth == 0]
    checks.check("one Document element at the top of the tree", top == ["Document"], f"(found {top})")
    checks.check("one H1 (the report title)", types.count("H1") == 1, f"(found {types.count('H1')})")
    checks.check(f"an H3 for each of the {len(indicators)} indicators", types.count("H3") == len(indicators), f"(found {types.count('H3')})")
    figures = [element for _, kind, element in elements if kind == "Figure"]
    expected_figures = 2 * len(indicators) + spc_charts
    checks.check(f"a Figure for every chart, tile and XmR chart ({expected_figures})", len(figures) == expected_figures, f"(found {len(figures)})")
    without_alt = [index for index, figure in enumerate(figures) if str(figure.get("/Alt", "")).strip() == ""]
    # A pack of actions alone has no figure at all; a pack with indicators must have them all described.
    checks.check("every Figure has alternative text (/Alt)", (figures != [] or not indicators) and without_alt == [], f"({len(without_alt)} without)")
    headings = [str(kind) for kind in types if kind in ("H1", "H2", "H3", "H4")]
    checks.check("headings start with H1, then H2", headings[:2] == ["H1", "H2"], f"(found {headings[:2]})")

    tables = []
    for index, (depth, kind, element) in enumerate(elements):
        if kind != "Table":
            continue
        rows = [(d, e) for d, k, e in elements[index + 1:] if k == "TR"]
        # Rows directly under this table: stop at the first element back at the table's depth.
        table_rows = []
        for d, k, e in elements[index + 1:]:
            if d <= depth:
                break
            if k == "TR" and d == depth + 1:
                table_rows.append(e)
        tables.append(table_rows)
    summary = [rows for rows in tables if len(rows) == len(indicators) + 1] if indicators else []
    if indicators:
        checks.check("the summary Table: a header row and one row per indicator", len(summary) >= 1,
                     f"(tables with rows: {[len(rows) for rows in tables]})")
    if summary:
        header = summary[-1][0]
        cells = header.K if isinstance(header.K, pikepdf.Array) else [header.K]
        kinds = [str(cell.S).lstrip("/") for cell in cells if isinstance(cell, pikepdf.Dictionary) and "/S" in cell]
        checks.check("the summary Table's first row is header cells (TH)", kinds != [] and all(k == "TH" for k in kinds), f"(found {kinds})")

    # Every mark on every page is content (inside a structure element's marked content) or
    # furniture (inside /Artifact): nothing a reader meets untagged.
    unmarked, artifacts = 0, 0
    for page in pdf.pages:
        stack = []
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name in ("BDC", "BMC"):
                stack.append(str(operands[0]))
            elif name == "EMC" and stack:
                stack.pop()
            elif name in PAINTING:
                if not stack:
                    unmarked += 1
                elif stack[0] == "/Artifact":
                    artifacts += 1
    checks.check("nothing drawn untagged: every mark is content or an artifact", unmarked == 0, f"({unmarked} unmarked operators)")
    checks.check("page furniture (footers, rules) marked as /Artifact", artifacts >= len(pdf.pages), f"({artifacts} artifact operators)")

    # Outline.
    names = named_destinations(pdf)
    with pdf.open_outline() as outline:
        parts = list(outline.root)
        checks.check("an outline (bookmarks)", len(parts) >= 3, f"(found {len(parts)} top-level entries)")
        part_pages = [page_of(part.destination, pdf, names) for part in parts]
        checks.check("every top-level bookmark leads to a page", parts != [] and None not in part_pages, f"({part_pages})")
        children = [(part.title, child) for part in parts for child in part.children]
        child_pages = [page_of(child.destination, pdf, names) for _, child in children]
        checks.check("every nested bookmark leads to a page", None not in child_pages)
        nested_ids = {child.title.split(" · ")[0] for _, child in children}
        missing = [ident for ident in indicators if ident not in nested_ids]
        if indicators or not actions:
            checks.check("every indicator has a bookmark nested under a part", indicators != [] and missing == [], f"(missing {missing})")
        titles = [part.title for part in parts]
        for expected in expected_parts:
            checks.check(f"a bookmark for \"{expected}\"", any(t == expected or t.startswith(expected + ":") for t in titles), f"(found {titles})")

    # Links.
    all_links, broken = 0, 0
    for page in pdf.pages:
        for annotation in page.get("/Annots", []):
            if annotation.get("/Subtype") != "/Link":
                continue
            all_links += 1
            if page_of(link_destination(annotation), pdf, names) is None:
                broken += 1
    checks.check("every link leads to a page of the document", all_links > 0 and broken == 0, f"({broken} of {all_links} broken)")
    cover_links = [page_of(link_destination(a), pdf, names) for a in pdf.pages[0].get("/Annots", []) if a.get("/Subtype") == "/Link"]
    checks.check("the contents links lead where the bookmarks do, in order", cover_links == part_pages,
                 f"(links {cover_links}, bookmarks {part_pages})")
    if actions:
        check_actions(path, actions, pdf, checks)
    return pdf


def spc_chart_count(pack_dir):
    """How many XmR charts the pack holds (charts/ID-spc.png): each is a Figure on its indicator's page."""
    with open(os.path.join(pack_dir, "manifest.json"), encoding="utf-8") as f:
        text = f.read()
    return len(re.findall(r'"charts/[^"]+-spc\.png"', text))


def indicator_ids(pack_dir):
    """The pack's indicators (summary.csv); none for a pack of actions alone."""
    path = os.path.join(pack_dir, "summary.csv")
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8") as f:
        return [row["id"] for row in csv.DictReader(f)]


def action_refs(pack_dir):
    """Each action's ref as the pack shows it (actions.csv: the ref, or the id without one)."""
    path = os.path.join(pack_dir, "actions.csv")
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8") as f:
        return [row["ref"] or row["id"] for row in csv.DictReader(f)]


def self_test(pack_dir):
    """Breaks copies of a good pack's PDF in each way the checks guard against; every broken
    copy must fail, and the good one must pass."""
    source = os.path.join(pack_dir, "pack.pdf")
    indicators = indicator_ids(pack_dir)
    good = Checks(quiet=True)
    check_pdf(source, indicators, [], good, spc_chart_count(pack_dir))
    results = Checks()
    results.check(f"the unbroken PDF passes ({good.passed} checks)", good.failed == 0, f"({good.failed} failed)")

    def untagged(pdf):
        del pdf.Root["/MarkInfo"]
        del pdf.Root["/StructTreeRoot"]

    def no_language(pdf):
        del pdf.Root["/Lang"]

    def figure_without_alt(pdf):
        for _, kind, element in structure_elements(pdf):
            if kind == "Figure":
                del element["/Alt"]
                return

    def broken_link(pdf):
        for annotation in pdf.pages[0].get("/Annots", []):
            annotation.Dest = pikepdf.String("nowhere")
            return

    def no_outline(pdf):
        del pdf.Root["/Outlines"]

    def missing_table_headers(pdf):
        for _, kind, element in structure_elements(pdf):
            if kind == "TH":
                element.S = pikepdf.Name("/TD")

    def unmarked_footer(pdf):
        page = pdf.pages[0]
        kept, stack = [], []
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name == "BMC" and str(operands[0]) == "/Artifact":
                stack.append(True)
                continue
            if name in ("BDC", "BMC"):
                stack.append(False)
            elif name == "EMC":
                if stack.pop():
                    continue
            kept.append((operands, operator))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))

    breakages = [
        ("an untagged PDF", untagged),
        ("a PDF without /Lang", no_language),
        ("a Figure without alternative text", figure_without_alt),
        ("a contents link to a missing destination", broken_link),
        ("a PDF without bookmarks", no_outline),
        ("a table without header cells", missing_table_headers),
        ("a page whose footer is drawn untagged", unmarked_footer),
    ]
    with tempfile.TemporaryDirectory() as scratch:
        for name, breakage in breakages:
            broken_path = os.path.join(scratch, "broken.pdf")
            with pikepdf.open(source) as pdf:
                breakage(pdf)
                pdf.save(broken_path)
            caught = Checks(quiet=True)
            try:
                check_pdf(broken_path, indicators, [], caught, spc_chart_count(pack_dir))
            except Exception as error:  # a crash on a broken file also counts as caught
                caught.failed += 1
                print(f"    ({name}: the checker stopped with {type(error).__name__}: {error})")
            results.check(f"{name} is caught ({caught.failed} check(s) failed)", caught.failed > 0)
    return results


def main(argv):
    if len(argv) >= 2 and argv[0] == "--self-test":
        print(f"pdf-check self-test on {argv[1]}/pack.pdf (pikepdf {pikepdf.__version__})")
        results = self_test(argv[1])
        print(f"pdf-check self-test: {results.passed} passed, {results.failed} failed")
        return 0 if results.failed == 0 else 1
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 64
    pack_dir, expected_parts = argv[0], []
    rest = argv[1:]
    while rest:
        if rest[0] == "--expect-part" and len(rest) >= 2:
            expected_parts.append(rest[1])
            rest = rest[2:]
        else:
            print(f"pdf-check: unknown argument {rest[0]!r}", file=sys.stderr)
            return 64
    if shutil.which("pdfinfo") is None:
        print("pdf-check: pdfinfo not installed (scripts/install-deps.sh --for-tests)", file=sys.stderr)
        return 1
    indicators = indicator_ids(pack_dir)
    actions = action_refs(pack_dir)
    print(f"pdf-check on {pack_dir}/pack.pdf: {len(indicators)} indicators, {len(actions)} actions (pikepdf {pikepdf.__version__})")
    checks = Checks()
    check_pdf(os.path.join(pack_dir, "pack.pdf"), indicators, expected_parts, checks, spc_chart_count(pack_dir), actions)
    print(f"pdf-check: {checks.passed} passed, {checks.failed} failed")
    return 0 if checks.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
