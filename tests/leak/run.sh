#!/usr/bin/env bash
# Runs tests/leak/leak.php under valgrind and fails on definitely lost memory or a memory error.
#
# Usage: tests/leak/run.sh EXTENSION [ITERATIONS]
# USE_ZEND_ALLOC=0 makes PHP allocate with malloc, so valgrind tracks every block. Memory that is
# indirectly or possibly lost only shows in the summary and does not fail the run, because static
# state such as the lazily created HTTP client and its worker thread lives until exit.
set -euo pipefail

if (($# < 1)); then
    echo "usage: $0 EXTENSION [ITERATIONS]" >&2
    exit 2
fi
extension=$1
iterations=${2:-${LEAK_ITERATIONS:-10}}
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
log_dir="$repo_root/tests/.run"
log_file="$log_dir/valgrind-leak.log"
mkdir -p "$log_dir"

if [[ ! -f "$extension" ]]; then
    echo "leak-check: $extension not found: run make build first" >&2
    exit 1
fi

echo "leak-check: $iterations iterations; valgrind log in tests/.run/valgrind-leak.log"
status=0
USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 valgrind --leak-check=full --show-leak-kinds=definite \
    --errors-for-leak-kinds=definite --error-exitcode=99 --log-file="$log_file" \
    php -d extension="$extension" "$repo_root/tests/leak/leak.php" "$iterations" || status=$?

echo "leak-check: valgrind summary:"
grep -E 'definitely lost:|indirectly lost:|possibly lost:|still reachable:|ERROR SUMMARY:' "$log_file" \
    | sed 's/^==[0-9]*== */  /' || true

if ((status == 99)); then
    echo "leak-check: valgrind records (first 300 lines of tests/.run/valgrind-leak.log):"
    sed -n '/^==[0-9]*== [^ ]/,$p' "$log_file" | grep -v -E '^==[0-9]+== (Memcheck|Copyright|Using|Command|Parent)' \
        | head -n 300
    echo "leak-check: FAILED, valgrind found definitely lost memory or a memory error (above)" >&2
    exit 1
elif ((status != 0)); then
    echo "leak-check: FAILED, leak.php exited with status $status" >&2
    exit 1
fi
echo "leak-check: no definitely lost memory and no memory error"
