#!/usr/bin/env bash
# Runs the Pay with Amazon order lifecycle on the sample notifications and prints what
# happened: every HTTP response, then the orders (Amazon order id, PrestaShop order id and
# reference, state, total) and the stored notifications.
#
# Without PS_ROOT it starts a private MariaDB and a PHP web server on 127.0.0.1 with the
# PrestaShop test double (native engine when target/release/libpwapresta.so exists, else the
# pure-PHP engine), installs build/pwapresta and stops everything it started on exit.
#
# With PS_ROOT=/path/to/prestashop it copies build/pwapresta into $PS_ROOT/modules, installs it
# with bin/console, writes the sample keys into that shop's configuration and posts to
# PS_URL (default http://127.0.0.1:8080; the sandbox posts to 127.0.0.1 only). The database
# comes from PS_DB_HOST, PS_DB_PORT, PS_DB_NAME, PS_DB_USER, PS_DB_PASSWORD, PS_DB_PREFIX or
# the shop's app/config/parameters.php.
#
# The lifecycle: sample A NewOrder then ReadyToShip, sample B NewOrder then Cancelled, A's
# NewOrder delivered again, and a forged notification. `make dist` must have run.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="$repo/tests/fixtures/iopn-lifecycle"
extension="${PWAPRESTA_EXTENSION:-$repo/target/release/libpwapresta.so}"
php_options=()

if [ ! -f "$repo/build/pwapresta/pwapresta.php" ]; then
    echo "lifecycle: build/pwapresta is missing: run make dist first" >&2
    exit 1
fi

if [ -z "${PS_ROOT:-}" ]; then
    export PWA_RUN_DIR="${PWA_RUN_DIR:-$repo/tests/.run/lifecycle}"
    mkdir -p "$PWA_RUN_DIR"
    exec 9>"$PWA_RUN_DIR/run.lock"
    if ! flock -n 9; then
        echo "lifecycle: another run uses $PWA_RUN_DIR: wait for it, or set PWA_RUN_DIR to another folder" >&2
        exit 1
    fi
    # shellcheck source=tests/module/lib/harness.sh
    . "$repo/tests/module/lib/harness.sh"
    cleanup() {
        harness_stop_server
        harness_stop_database
    }
    trap cleanup EXIT

    engine=php
    if [ -f "$extension" ]; then
        engine=native
        php_options=(-d "extension=$extension")
        # scripts/lifecycle/mws.php runs the back-office actions with the server's engine.
        export PWA_LIFECYCLE_EXTENSION="$extension"
    fi
    harness_link_modules "$repo/build/pwapresta"
    harness_start_database
    harness_start_server "$engine" "$extension"
    php "${php_options[@]}" "$repo/tests/prestashop/bin/install-module.php" install pwapresta
    shop_url="$PWA_SHOP_URL"
else
    shop_url="${PS_URL:-http://127.0.0.1:8080}"
    # bin/console reports success for a module that is already installed without running its
    # install, so tables added since the last run would be missing: uninstall first (the tables,
    # orders and order states stay; configure.php writes the settings again).
    if [ -f "$PS_ROOT/modules/pwapresta/pwapresta.php" ]; then
        echo "lifecycle: uninstalling the pwapresta found in $PS_ROOT/modules"
        php "$PS_ROOT/bin/console" prestashop:module uninstall pwapresta || true
    fi
    echo "lifecycle: installing build/pwapresta into $PS_ROOT/modules"
    rm -rf "$PS_ROOT/modules/pwapresta"
    cp -a "$repo/build/pwapresta" "$PS_ROOT/modules/pwapresta"
    php "$PS_ROOT/bin/console" prestashop:module install pwapresta
fi

php "$repo/scripts/lifecycle/configure.php"
iopn_url="$shop_url/index.php?fc=module&module=pwapresta&controller=iopn"
echo "lifecycle: posting to $iopn_url"

status=0
deliver() {
    local label="$1"
    shift
    echo "== $label"
    php "${php_options[@]}" "$repo/tests/sandbox/iopn-sandbox.php" --url="$iopn_url" "$@" || status=1
}

deliver "A: NewOrder" --post="$samples/01-new-order-A.post" --uuid=sample
deliver "A: ReadyToShip" --post="$samples/02-ready-to-ship-A.post" --uuid=sample
deliver "B: NewOrder" --post="$samples/03-new-order-B.post" --uuid=sample
deliver "B: Cancelled" --post="$samples/04-cancelled-B.post" --uuid=sample
deliver "A: NewOrder delivered again (expect 200, no second order)" --post="$samples/01-new-order-A.post" --uuid=sample
deliver "forged ReadyToShip (expect 403)" --post="$samples/02-ready-to-ship-A.post" --forge --expect=403

echo
echo "== MWS: the report and orders jobs against the MWS sandbox"
php "${php_options[@]}" "$repo/scripts/lifecycle/mws.php" "$shop_url" || status=1

echo
php "$repo/scripts/lifecycle/report.php"

if [ "$status" -ne 0 ]; then
    echo "lifecycle: at least one response did not have the expected status, see above" >&2
fi
exit "$status"
