#!/usr/bin/env bash
# Runs every test: installs what is missing (scripts/install-deps.sh), then `make test` (Rust
# tests, release build, conformance suite on both engines, stub drift check, leak check, zip
# check, module suite). Exits non-zero on any failure. The last line is "test: N passed,
# N failed, N skipped", counting the tests of every stage (see scripts/test-stages.sh).
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# rustup installs into ~/.cargo/bin. It is added only when missing from PATH, because cargo
# rebuilds ext-php-rs whenever PATH changes between two builds.
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
if [[ -d "$cargo_bin" && ":$PATH:" != *":$cargo_bin:"* ]]; then
    export PATH="$cargo_bin:$PATH"
fi

if ! scripts/install-deps.sh </dev/null; then
    echo "test: scripts/install-deps.sh failed, no test ran"
    echo "test: 0 passed, 1 failed, 0 skipped"
    exit 1
fi

rm -f tests/.run/summary
make --no-print-directory test
status=$?

if [[ -f tests/.run/summary ]]; then
    # Printed again because make's own "Error" line follows the stage table when a stage failed.
    cat tests/.run/summary
else
    echo "test: make test stopped before running the stages"
    echo "test: 0 passed, 1 failed, 0 skipped"
    status=1
fi
exit "$status"
