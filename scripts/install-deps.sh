#!/usr/bin/env bash
# Installs what building and testing pwapresta needs and is missing, on Debian 12.
#
# Idempotent and non-interactive. It installs only the Debian packages that are missing, and runs
# `apt-get update` first only then. It does not install Rust: it checks that cargo and rustup are
# there, and rustup fetches the toolchain pinned in rust-toolchain.toml on first use. It installs cargo-php (the stub generator
# of `make stubs`) when that is missing, and prints what it installed. Without root it lists the
# missing packages and fails.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

packages=(
    php8.2-dev php8.2-cli php8.2-xml php8.2-mbstring php8.2-curl php8.2-mysql php8.2-intl
    php8.2-zip php8.2-gd php8.2-bcmath libclang-dev clang phpunit mariadb-server valgrind zip
    unzip smarty4 curl git make
)

# cargo-php must read the module description of the ext-php-rs in Cargo.lock: 0.2.2 reads 0.16.4.
cargo_php_version="0.2.2"

is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for package in "${packages[@]}"; do
    if ! is_installed "$package"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "install-deps: missing Debian packages: ${missing[*]}" >&2
        echo "install-deps: run this script as root, or install them with apt-get" >&2
        exit 1
    fi
    echo "install-deps: installing ${missing[*]}"
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
    echo "install-deps: installed ${missing[*]}"
else
    echo "install-deps: all ${#packages[@]} Debian packages already installed"
fi

# rustup installs into ~/.cargo/bin, which a non-login shell may not have on its PATH. It is
# added only when missing, because cargo rebuilds ext-php-rs whenever PATH changes.
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
if [[ -d "$cargo_bin" && ":$PATH:" != *":$cargo_bin:"* ]]; then
    export PATH="$cargo_bin:$PATH"
fi
# This script does not install Rust: the toolchain pinned in rust-toolchain.toml comes from
# rustup, and Debian 12's cargo package is older than that version.
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rust_version=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$repo_root/rust-toolchain.toml")
for tool in cargo rustup; do
    if ! command -v "$tool" >/dev/null; then
        echo "install-deps: $tool not found in PATH or $cargo_bin." >&2
        echo "install-deps: install rustup (https://rustup.rs), which provides cargo and fetches" \
            "Rust $rust_version (pinned in rust-toolchain.toml); Debian's cargo package is too old" >&2
        exit 1
    fi
done

# The first cargo command in the repo makes rustup fetch the pinned toolchain when it is absent.
(cd "$repo_root" && cargo --version)

# Building cargo-php 0.2.2 from an empty cargo cache took about 20 s on a 2-core machine.
if cargo php --version 2>/dev/null | grep -qF "$cargo_php_version"; then
    echo "install-deps: cargo-php $cargo_php_version already installed"
else
    echo "install-deps: installing cargo-php $cargo_php_version"
    (cd "$repo_root" && cargo install --locked --quiet --force cargo-php --version "$cargo_php_version")
    echo "install-deps: installed cargo-php $cargo_php_version"
fi

echo "install-deps: done"
