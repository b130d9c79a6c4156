# Shell functions shared by tests/module/run.sh and scripts/lifecycle.sh: the private MariaDB,
# the modules folder and the PHP web server of the PrestaShop test double. Source it after
# setting `repo` (the repository root) and `PWA_RUN_DIR` (this run's state folder).

harness_mariadb="$repo/tests/prestashop/bin/mariadb.sh"
harness_server_pid=""

harness_free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false);
        echo substr($n, strrpos($n, ":") + 1), "\n";'
}

# Starts MariaDB, creates the shop database and exports the PWA_DB_* variables.
harness_start_database() {
    export PWA_DB_HOST=127.0.0.1
    export PWA_DB_NAME="${PWA_DB_NAME:-prestashop}"
    export PWA_DB_USER=root
    export PWA_DB_PASSWORD=""
    PWA_DB_PORT="$("$harness_mariadb" start)"
    export PWA_DB_PORT
    "$harness_mariadb" create-shop
    echo "harness: MariaDB on 127.0.0.1:$PWA_DB_PORT, database $PWA_DB_NAME created from the double's schema and seed"
}

harness_stop_database() {
    "$harness_mariadb" stop || true
    echo "harness: MariaDB stopped"
}

# Links each given module folder into $PWA_RUN_DIR/modules and exports PWA_MODULE_DIR.
harness_link_modules() {
    export PWA_MODULE_DIR="$PWA_RUN_DIR/modules"
    mkdir -p "$PWA_MODULE_DIR"
    local folder
    for folder in "$@"; do
        ln -sfn "$folder" "$PWA_MODULE_DIR/$(basename "$folder")"
    done
}

# Starts `php -S` on a free port with the double's router; $1 is `native` or `php`, $2 the
# extension file for native. Exports PWA_SHOP_URL, PWA_ENGINE and PWA_PHP_OPTIONS.
harness_start_server() {
    local engine="$1" extension="${2:-}"
    export PWA_ENGINE="$engine"
    export PWA_PHP_OPTIONS=""
    if [ "$engine" = native ]; then
        PWA_PHP_OPTIONS="-d extension=$extension"
    fi
    local port
    port="$(harness_free_port)"
    export PWA_SHOP_URL="http://127.0.0.1:$port"
    local log="$PWA_RUN_DIR/php-server-$engine.log"
    # Several workers, so parallel deliveries really run at the same time.
    # shellcheck disable=SC2086
    PHP_CLI_SERVER_WORKERS="${PHP_CLI_SERVER_WORKERS:-8}" setsid php $PWA_PHP_OPTIONS \
        -S "127.0.0.1:$port" -t "$repo/tests/prestashop/public" "$repo/tests/prestashop/public/index.php" \
        >"$log" 2>&1 </dev/null &
    harness_server_pid=$!
    local attempt
    for attempt in $(seq 1 100); do
        if curl -s -o /dev/null "$PWA_SHOP_URL/index.php"; then
            echo "harness: PHP web server ($engine engine) on $PWA_SHOP_URL, pid $harness_server_pid, log $log"
            return 0
        fi
        sleep 0.1
    done
    echo "harness: the PHP web server did not answer within 10 s, see $log" >&2
    return 1
}

# Prints the pids of the running processes (zombies excluded) of process group $1.
harness_group_members() {
    ps -e -o pid=,pgid=,stat= | awk -v group="$1" '$2 == group && $3 !~ /^Z/ { print $1 }'
}

# Stops the web server and its PHP_CLI_SERVER_WORKERS workers: SIGTERM to the whole process group
# (setsid made the server's pid its group id), SIGKILL to what still runs after 5 s.
harness_stop_server() {
    if [ -n "$harness_server_pid" ]; then
        local group="$harness_server_pid" attempt
        kill -TERM -- "-$group" 2>/dev/null || kill -TERM "$group" 2>/dev/null || true
        for attempt in $(seq 1 50); do
            [ -z "$(harness_group_members "$group")" ] && break
            sleep 0.1
        done
        if [ -n "$(harness_group_members "$group")" ]; then
            echo "harness: PHP web server group $group still runs after SIGTERM, sending SIGKILL" >&2
            kill -KILL -- "-$group" 2>/dev/null || true
        fi
        wait "$harness_server_pid" 2>/dev/null || true
        echo "harness: PHP web server (pid $harness_server_pid) and its workers stopped"
        harness_server_pid=""
    fi
}

# Checks that build/pwapresta exists, running `make dist` when it does not.
harness_require_dist() {
    if [ ! -f "$repo/build/pwapresta/pwapresta.php" ]; then
        echo "harness: build/pwapresta is missing, running make dist"
        make -C "$repo" dist
    fi
}
