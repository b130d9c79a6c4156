#!/usr/bin/env bash
# Runs the module suite (tests/module/phpunit.xml) against the PrestaShop test double: a
# private MariaDB and `php -S` serving the module from build/pwapresta, once with the native
# engine (-d extension=...) and once with the pure-PHP engine. Everything it starts is stopped
# on exit; the exit code is non-zero when a run fails.
#
#   tests/module/run.sh [phpunit arguments, e.g. --filter DoubleTest]
#
# Environment: PWAPRESTA_EXTENSION (default target/release/libpwapresta.so),
# PWA_ENGINES (default "native php"), PWA_RUN_DIR (default tests/.run).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PWA_RUN_DIR="${PWA_RUN_DIR:-$repo/tests/.run}"
extension="${PWAPRESTA_EXTENSION:-$repo/target/release/libpwapresta.so}"
engines="${PWA_ENGINES:-native php}"
mkdir -p "$PWA_RUN_DIR"

# Two runs sharing a run folder would share (and stop) one MariaDB server.
exec 9>"$PWA_RUN_DIR/run.lock"
if ! flock -n 9; then
    echo "run.sh: another run uses $PWA_RUN_DIR: wait for it, or set PWA_RUN_DIR to another folder" >&2
    exit 1
fi

# shellcheck source=tests/module/lib/harness.sh
. "$repo/tests/module/lib/harness.sh"

cleanup() {
    harness_stop_server
    harness_stop_database
}
trap cleanup EXIT

harness_require_dist
if [[ " $engines " == *" native "* ]] && [ ! -f "$extension" ]; then
    echo "run.sh: $extension is missing: run make build, or set PWA_ENGINES=php" >&2
    exit 1
fi

harness_link_modules "$repo/build/pwapresta" "$repo/tests/module/Support/ProbeModule/pwaprobe"
harness_start_database

failed=""
for engine in $engines; do
    echo "run.sh: module suite, $engine engine"
    "$harness_mariadb" create-shop
    harness_start_server "$engine" "$extension"
    # shellcheck disable=SC2086
    if ! php $PWA_PHP_OPTIONS /usr/bin/phpunit -c "$repo/tests/module/phpunit.xml" "$@"; then
        failed="$failed $engine"
    fi
    harness_stop_server
done

if [ -n "$failed" ]; then
    echo "run.sh: the module suite failed with the engine(s):$failed" >&2
    exit 1
fi
echo "run.sh: the module suite passed with the engine(s): $engines"
