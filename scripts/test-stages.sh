#!/usr/bin/env bash
# Runs every test stage of `make test`, each through make, and keeps going after a failure so one
# run reports them all. Prints a table of the stages, then as the last line
# "test: N passed, N failed, N skipped", and exits 1 when any stage failed.
#
# The counts are those of the tests themselves, read from each suite's own summary lines: every
# "test result:" line of cargo test and every PHPUnit summary of the conformance suite and of the
# module suite (one per engine). Stages that are checks rather than suites (build, stubs-check,
# leak-check, dist-check) count as one test each. A suite stage that fails without a failed test
# in its output, such as a compile error, counts as one failed test.
#
# Each stage's output is kept in tests/.run/stage-STAGE.log, and the last line is also written
# to tests/.run/summary for scripts/test.sh.
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

stages=(test-rust build test-conformance stubs-check leak-check dist-check test-module)
log_dir=tests/.run
mkdir -p "$log_dir"

# Prints "PASSED FAILED SKIPPED" summed over the cargo test and PHPUnit summaries in file $1.
# cargo:   test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; ...
# PHPUnit: OK (108 tests, 795 assertions)
#          Tests: 18, Assertions: 14, Errors: 12, Failures: 1, Skipped: 2, Incomplete: 1.
# PHPUnit's "Tests" includes the failed and skipped ones, and this suite fails on risky tests
# and warnings (failOnRisky, failOnWarning), so those count as failed.
count_tests() {
    awk '
        function field(name,    pattern, text) {
            pattern = name ": [0-9]+"
            if (match($0, pattern)) {
                text = substr($0, RSTART, RLENGTH)
                sub(/.*: /, "", text)
                return text + 0
            }
            return 0
        }
        /^test result: / {
            for (i = 1; i <= NF; i++) {
                if ($(i + 1) ~ /^passed/) passed += $i
                if ($(i + 1) ~ /^failed/) failed += $i
                if ($(i + 1) ~ /^ignored/) skipped += $i
            }
        }
        /^OK \([0-9]+ tests?, / {
            passed += substr($2, 2) + 0
        }
        /^Tests: [0-9]+, Assertions: / {
            total = field("Tests")
            bad = field("Errors") + field("Failures") + field("Warnings") + field("Risky")
            skip = field("Skipped") + field("Incomplete")
            if (bad > total - skip) bad = total - skip
            failed += bad
            skipped += skip
            passed += total - bad - skip
        }
        END { printf "%d %d %d\n", passed, failed, skipped }
    ' "$1"
}

passed=0
failed=0
skipped=0
failed_stages=0
results=()

for stage in "${stages[@]}"; do
    if [[ "$stage" == test-module && ! -f tests/module/run.sh ]]; then
        echo "=== stage $stage: skipped, tests/module/run.sh does not exist"
        results+=("skipped  $stage")
        continue
    fi

    echo "=== stage $stage: start"
    log="$log_dir/stage-$stage.log"
    started=$SECONDS
    make --no-print-directory "$stage" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    seconds=$((SECONDS - started))

    case "$stage" in
        test-rust | test-conformance | test-module)
            read -r stage_passed stage_failed stage_skipped < <(count_tests "$log")
            if ((status != 0 && stage_failed == 0)); then
                stage_failed=1
            fi
            ;;
        *)
            stage_passed=$((status == 0 ? 1 : 0))
            stage_failed=$((status == 0 ? 0 : 1))
            stage_skipped=0
            ;;
    esac
    passed=$((passed + stage_passed))
    failed=$((failed + stage_failed))
    skipped=$((skipped + stage_skipped))

    counts="$stage_passed passed, $stage_failed failed, $stage_skipped skipped"
    if ((status == 0)); then
        results+=("$(printf 'passed   %-17s %4d s   %s' "$stage" "$seconds" "$counts")")
        echo "=== stage $stage: passed"
    else
        failed_stages=$((failed_stages + 1))
        results+=("$(printf 'FAILED   %-17s %4d s   %s' "$stage" "$seconds" "$counts")")
        echo "=== stage $stage: FAILED"
    fi
done

summary="test: $passed passed, $failed failed, $skipped skipped"
printf '%s\n' "$summary" >"$log_dir/summary"

echo
echo "=== test stages"
printf '  %s\n' "${results[@]}"
echo "$summary"

((failed_stages == 0))
