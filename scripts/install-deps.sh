#!/usr/bin/env bash
# Installs the Debian packages kpi needs, skipping those already installed.
#
# Usage: scripts/install-deps.sh [--for-tests]
#   (no option)   what building and rendering need: Cairo's headers (which bring libpng's),
#                 libdeflate's (the PNG compressor), pkg-config, DejaVu fonts
#   --for-tests   also what the tests use to check output: poppler-utils (pdftotext, pdfinfo),
#                 python3 (an XML parser) and chromium (the headless-browser check of the pack's
#                 web page); a test whose tool is missing fails, naming the package
# Runs apt-get as root, or through sudo when not root.
set -euo pipefail

packages=(libcairo2-dev libdeflate-dev pkg-config fonts-dejavu-core)
if [[ "${1:-}" == "--for-tests" ]]; then
    packages+=(poppler-utils python3 chromium)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}" >&2
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install as root: ${missing[*]}" >&2; exit 77; }
    as_root=(sudo)
fi
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
