#!/usr/bin/env bash
# Runs every test stage of `make test`, each through make, and keeps going after a failure so one
# run reports them all. Prints one line per stage, then "N passed, N failed" (", N skipped" when
# a stage was skipped) as the last line, and exits 1 when any stage failed.
#
# The summary is also written to tests/.run/summary for scripts/test.sh.
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

stages=(test-rust build test-conformance stubs-check leak-check dist-check test-module)
passed=0
failed=0
skipped=0
results=()

for stage in "${stages[@]}"; do
    if [[ "$stage" == test-module && ! -f tests/module/run.sh ]]; then
        echo "=== stage $stage: skipped, tests/module/run.sh does not exist"
        skipped=$((skipped + 1))
        results+=("skipped  $stage")
        continue
    fi

    echo "=== stage $stage: start"
    started=$SECONDS
    if make --no-print-directory "$stage"; then
        passed=$((passed + 1))
        results+=("passed   $stage ($((SECONDS - started)) s)")
        echo "=== stage $stage: passed"
    else
        failed=$((failed + 1))
        results+=("FAILED   $stage ($((SECONDS - started)) s)")
        echo "=== stage $stage: FAILED"
    fi
done

summary="$passed passed, $failed failed"
if ((skipped > 0)); then
    summary+=", $skipped skipped"
fi

mkdir -p tests/.run
printf '%s\n' "$summary" >tests/.run/summary

echo
echo "=== test stages"
printf '  %s\n' "${results[@]}"
echo "$summary"

((failed == 0))
