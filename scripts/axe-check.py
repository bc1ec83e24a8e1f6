#!/usr/bin/env python3
"""An automated WCAG audit of web pages with axe-core, in Debian's headless Chromium driven by
Selenium (chromium-driver), with no network.

Usage:
  axe-check.py PAGE.html...     audit each page; every page must have zero violations
  axe-check.py --self-test      audit pages broken on purpose (an image without alt text, a
                                table header cell with no text, text too faint to read); each
                                must be reported, and a clean page must pass

axe-core's JavaScript comes from the PyPI package axe-playwright-python, which ships it
(installed with --no-deps into the checkers' virtual environment by scripts/install-deps.sh).
Rules: the tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa and best-practice. Prints the axe
version, then per page the counts of violations, passes, incomplete (needs a person) and
inapplicable rules, and each violation with its nodes; "axe-check: N passed, M failed" last.
"""
import os
import shutil
import sys
import tempfile
from importlib import resources

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_source():
    return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        sys.exit("axe-check: chromium and chromium-driver are needed (scripts/install-deps.sh --for-tests)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                 "--disable-background-networking", "--disable-dev-shm-usage", "--window-size=1280,1600"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


def audit(driver, source, path):
    """axe's results for the page at `path`."""
    driver.get("file://" + os.path.abspath(path))
    driver.execute_script(source)
    driver.set_script_timeout(120)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done({version: axe.version, violations: r.violations, passes: r.passes.length,"
        " incomplete: r.incomplete.map(i => i.id), inapplicable: r.inapplicable.length}))"
        ".catch(e => done({error: String(e)}));",
        TAGS,
    )


def report(path, result):
    if "error" in result:
        print(f"  FAILED: {path}: axe stopped: {result['error']}")
        return False
    violations = result["violations"]
    print(f"  {path}: {len(violations)} violations, {result['passes']} rules passed, "
          f"{len(result['incomplete'])} incomplete {result['incomplete']}, {result['inapplicable']} inapplicable")
    for violation in violations:
        targets = [" ".join(node["target"]) if isinstance(node["target"], list) else str(node["target"]) for node in violation["nodes"]]
        print(f"    {violation['id']} ({violation['impact']}): {violation['help']} — {len(targets)} node(s): {targets[:5]}")
    return not violations


BROKEN_PAGES = {
    "image-alt": '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" width="10" height="10">',
    "empty-table-header": "<table><tr><th></th><th>Value</th></tr><tr><td>HR01</td><td>2.47</td></tr></table>",
    "color-contrast": '<p style="color:#bbbbbb;background:#ffffff">Figures as of 2021-11-12</p>',
}


def page(body):
    return ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>Self-test</title></head>'
            f"<body><main><h1>Self-test</h1>{body}</main></body></html>\n")


def self_test(driver, source):
    passed = failed = 0
    with tempfile.TemporaryDirectory() as scratch:
        clean = os.path.join(scratch, "clean.html")
        with open(clean, "w", encoding="utf-8") as f:
            f.write(page("<p>Nothing wrong here.</p>"))
        result = audit(driver, source, clean)
        ok = "error" not in result and result["violations"] == []
        print(f"  {'ok' if ok else 'FAILED'}: a clean page has no violation "
              f"({[v['id'] for v in result.get('violations', [])]})")
        passed, failed = passed + ok, failed + (not ok)
        for rule, body in BROKEN_PAGES.items():
            path = os.path.join(scratch, rule + ".html")
            with open(path, "w", encoding="utf-8") as f:
                f.write(page(body))
            result = audit(driver, source, path)
            found = [v["id"] for v in result.get("violations", [])]
            ok = rule in found
            print(f"  {'ok' if ok else 'FAILED'}: a page with {rule} broken is caught (violations: {found})")
            passed, failed = passed + ok, failed + (not ok)
    return passed, failed


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 64
    source = axe_source()
    driver = browser()
    try:
        version = driver.execute_script("return navigator.userAgent")
        if argv == ["--self-test"]:
            driver.get("about:blank")
            driver.execute_script(source)
            print(f"axe-check self-test: axe-core {driver.execute_script('return axe.version')}, {version.split(' ')[-2]}")
            passed, failed = self_test(driver, source)
            print(f"axe-check self-test: {passed} passed, {failed} failed")
            return 0 if failed == 0 else 1
        passed = failed = 0
        for index, path in enumerate(argv):
            result = audit(driver, source, path)
            if index == 0:
                print(f"axe-check: axe-core {result.get('version')}, tags {', '.join(TAGS)}, {version.split(' ')[-2]}")
            if report(path, result):
                passed += 1
            else:
                failed += 1
        print(f"axe-check: {passed} passed, {failed} failed")
        return 0 if failed == 0 else 1
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
