#!/usr/bin/env bash
# Installs the Debian packages kpi needs, skipping those already installed.
#
# Usage: scripts/install-deps.sh [--for-tests]
#   (no option)   what building and rendering need: Cairo's headers (which bring libpng's),
#                 libdeflate's (the PNG compressor), pkg-config, DejaVu fonts
#   --for-tests   also what the tests use to check output: poppler-utils (pdftotext, pdfinfo),
#                 chromium and chromium-driver (the headless-browser check of the pack's web
#                 page), python3 (a test that needs it fails without it) and python3-venv, and
#                 a virtual environment .build-venv/ with the output checkers from PyPI: pikepdf
#                 (the PDF structure check), selenium and axe-playwright-python (installed
#                 without its dependencies: only the axe-core JavaScript it ships is used).
#                 Never a runtime dependency of kpi.
# Runs apt-get as root, or through sudo when not root.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(libcairo2-dev libdeflate-dev pkg-config fonts-dejavu-core)
if [[ "${1:-}" == "--for-tests" ]]; then
    packages+=(poppler-utils chromium chromium-driver python3 python3-venv)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "Installing: ${missing[*]}" >&2
    as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install as root: ${missing[*]}" >&2; exit 77; }
        as_root=(sudo)
    fi
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The output checkers' Python packages, pinned, in a virtual environment of Debian's Python.
if [[ "${1:-}" == "--for-tests" ]]; then
    venv=.build-venv
    if ! "$venv/bin/python" -c "import pikepdf, selenium, axe_playwright_python" 2>/dev/null; then
        echo "Installing the output checkers into $venv/" >&2
        rm -rf "$venv"
        /usr/bin/python3 -m venv "$venv"
        "$venv/bin/pip" install -q --disable-pip-version-check pikepdf==10.18.0 selenium==4.51.0
        "$venv/bin/pip" install -q --disable-pip-version-check --no-deps axe-playwright-python==0.1.8
    fi
fi
