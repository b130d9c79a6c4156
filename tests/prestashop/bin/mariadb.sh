#!/usr/bin/env bash
# Controls the private MariaDB server of the test shop: its own datadir, socket and pid file
# under $PWA_RUN_DIR/mariadb (default tests/.run/mariadb), TCP on 127.0.0.1 with a free port
# that is kept across restarts. It never touches the system service.
#
#   mariadb.sh start         initialise the datadir if needed, start the server, print the port
#   mariadb.sh stop          stop the server started here (shutdown, then its pid)
#   mariadb.sh status        exit 0 when the server responds to a ping
#   mariadb.sh port          print the port
#   mariadb.sh create-shop   drop and create database $PWA_DB_NAME with schema and seed
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
run_dir="${PWA_RUN_DIR:-$repo/tests/.run}"
state="$run_dir/mariadb"
datadir="$state/data"
socket="$state/mariadb.sock"
pidfile="$state/mariadb.pid"
portfile="$state/port"
db_name="${PWA_DB_NAME:-prestashop}"

client() {
    mariadb --no-defaults --protocol=socket --socket="$socket" -uroot "$@"
}

is_up() {
    [ -S "$socket" ] && mariadb-admin --no-defaults --socket="$socket" -uroot \
        --connect-timeout=2 ping >/dev/null 2>&1
}

free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false);
        echo substr($n, strrpos($n, ":") + 1), "\n";'
}

start() {
    mkdir -p "$state"
    if is_up; then
        cat "$portfile"
        return 0
    fi
    if [ ! -d "$datadir/mysql" ]; then
        mariadb-install-db --no-defaults --datadir="$datadir" --user="$(id -un)" \
            --auth-root-authentication-method=normal --skip-test-db >"$state/install.log" 2>&1 \
            || { echo "mariadb-install-db failed, see $state/install.log" >&2; exit 1; }
    fi
    [ -s "$portfile" ] || free_port >"$portfile"
    local port
    port="$(cat "$portfile")"

    # setsid keeps the server out of the caller's process group, so a test that stops and
    # starts it does not tie its life to the PHP process that asked.
    setsid mariadbd --no-defaults --datadir="$datadir" --socket="$socket" --pid-file="$pidfile" \
        --port="$port" --bind-address=127.0.0.1 --user="$(id -un)" --skip-name-resolve \
        --innodb-buffer-pool-size=64M --innodb-log-file-size=16M --max-connections=200 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
        --log-error="$state/error.log" </dev/null >/dev/null 2>&1 &

    for _ in $(seq 1 150); do
        if is_up; then
            echo "$port"
            return 0
        fi
        sleep 0.1
    done
    echo "MariaDB did not start within 15 s, see $state/error.log" >&2
    exit 1
}

stop() {
    if is_up; then
        mariadb-admin --no-defaults --socket="$socket" -uroot shutdown >/dev/null 2>&1 || true
    fi
    if [ -s "$pidfile" ]; then
        local pid
        pid="$(cat "$pidfile")"
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$pidfile"
}

create_shop() {
    client -e "DROP DATABASE IF EXISTS \`$db_name\`;
        CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;"
    client "$db_name" <"$repo/tests/prestashop/sql/schema.sql"
    client "$db_name" <"$repo/tests/prestashop/sql/seed.sql"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) is_up ;;
    port) cat "$portfile" ;;
    create-shop) create_shop ;;
    *)
        echo "usage: $0 start|stop|status|port|create-shop" >&2
        exit 2
        ;;
esac
