#!/usr/bin/env bash
# The first command: installs what is missing, builds the extension and dist/pwapresta.zip, then
# runs the order lifecycle (scripts/lifecycle.sh) on sample notifications.
#
# Usage: scripts/main.sh [PS_ROOT]
# With PS_ROOT (argument or environment variable) naming a PrestaShop installation, the
# lifecycle runs in that shop; without it, it runs on a local shop double.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if (($# > 1)); then
    echo "usage: $0 [PS_ROOT]" >&2
    exit 2
fi
if (($# == 1)); then
    export PS_ROOT="$1"
fi

# rustup installs into ~/.cargo/bin. It is added only when missing from PATH, because cargo
# rebuilds ext-php-rs whenever PATH changes between two builds.
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
if [[ -d "$cargo_bin" && ":$PATH:" != *":$cargo_bin:"* ]]; then
    export PATH="$cargo_bin:$PATH"
fi

echo "main: installing what is missing"
scripts/install-deps.sh </dev/null

echo "main: building the extension and the module zip"
make --no-print-directory build dist

if [[ -f scripts/lifecycle.sh ]]; then
    echo "main: running the order lifecycle (scripts/lifecycle.sh${PS_ROOT:+, PS_ROOT=$PS_ROOT})"
    bash scripts/lifecycle.sh
else
    echo "main: scripts/lifecycle.sh does not exist yet: lifecycle not run"
fi

echo "main: done; the extension is target/release/libpwapresta.so, the module dist/pwapresta.zip"
