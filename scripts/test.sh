#!/usr/bin/env bash
# Runs every test: installs what is missing (scripts/install-deps.sh), then `make test` (Rust
# tests, release build, conformance suite on both engines, stub drift check, leak check, zip
# check, module suite). Exits non-zero on any failure. The last line is "test: N passed,
# N failed" over the test stages.
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if [[ -d "${CARGO_HOME:-$HOME/.cargo}/bin" ]]; then
    export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
fi

if ! scripts/install-deps.sh </dev/null; then
    echo "test: scripts/install-deps.sh failed, no test ran"
    echo "test: 0 passed, 1 failed"
    exit 1
fi

rm -f tests/.run/summary
make --no-print-directory test
status=$?

if [[ -f tests/.run/summary ]]; then
    echo "test: $(cat tests/.run/summary)"
else
    echo "test: make test stopped before running the stages"
    echo "test: 0 passed, 1 failed"
    status=1
fi
exit "$status"
