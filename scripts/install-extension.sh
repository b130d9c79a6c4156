#!/usr/bin/env bash
# Installs or uninstalls the built extension in the PHP found on PATH (called by make install and
# make uninstall, which pass the paths below).
#
# Usage: install-extension.sh install|uninstall EXTENSION EXTENSION_DIR MODS_AVAILABLE CONF_D
#                             PHP_VERSION "SAPIS" PHPENMOD PHPDISMOD
#
# On Debian-style PHP (a mods-available folder and phpenmod) it writes
# MODS_AVAILABLE/pwapresta.ini and enables it for each SAPI listed (default: cli). Elsewhere it
# writes CONF_D/20-pwapresta.ini, CONF_D being the folder `php --ini` scans. Uninstall disables
# the module for every SAPI whose conf.d folder exists (cli, fpm, apache2, cgi and those listed)
# before it removes the ini file and the .so.
set -euo pipefail

if (($# != 9)); then
    echo "usage: $0 install|uninstall EXTENSION EXTENSION_DIR MODS_AVAILABLE CONF_D" \
        "PHP_VERSION SAPIS PHPENMOD PHPDISMOD" >&2
    exit 2
fi

action=$1 extension=$2 extension_dir=$3 mods_available=$4 conf_d=$5 php_version=$6
sapis=$7 phpenmod=$8 phpdismod=$9
installed_so="$extension_dir/pwapresta.so"

if [[ -z "$extension_dir" ]]; then
    echo "install: php-config --extension-dir returned nothing: install php$php_version-dev" >&2
    exit 1
fi

uses_mods_available() {
    [[ -d "$mods_available" ]] && command -v "$phpenmod" >/dev/null
}

install_extension() {
    if [[ ! -f "$extension" ]]; then
        echo "install: $extension not found: run make build first" >&2
        exit 1
    fi

    install -m 0644 "$extension" "$installed_so"
    echo "install: copied $extension to $installed_so"

    local ini_text="; Pay with Amazon (India) for PrestaShop: the pwapresta native engine
; priority=20
extension=pwapresta.so"

    if uses_mods_available; then
        printf '%s\n' "$ini_text" >"$mods_available/pwapresta.ini"
        echo "install: wrote $mods_available/pwapresta.ini"
        for sapi in $sapis; do
            "$phpenmod" -v "$php_version" -s "$sapi" pwapresta
            echo "install: enabled pwapresta for PHP $php_version $sapi ($phpenmod)"
        done
        echo "install: for a web server run: $phpenmod -v $php_version -s fpm pwapresta" \
            "(or apache2), then restart it"
    elif [[ -n "$conf_d" && -d "$conf_d" ]]; then
        printf '%s\n' "$ini_text" >"$conf_d/20-pwapresta.ini"
        echo "install: wrote $conf_d/20-pwapresta.ini"
    else
        echo "install: no mods-available folder and no scanned conf.d folder found;" \
            "add extension=pwapresta.so to php.ini ($(php --ini | sed -n 's/^Loaded .*: *//p'))" >&2
        exit 1
    fi
}

# Prints the SAPIs that uninstall disables: those listed in SAPIS plus cli, fpm, apache2 and cgi,
# each only when its conf.d folder exists next to MODS_AVAILABLE, since any of them may have been
# enabled by hand after make install.
sapis_to_disable() {
    local php_root sapi seen=" "
    php_root=$(dirname "$mods_available")
    for sapi in $sapis cli fpm apache2 cgi; do
        if [[ "$seen" != *" $sapi "* && -d "$php_root/$sapi/conf.d" ]]; then
            seen+="$sapi "
            echo "$sapi"
        fi
    done
}

uninstall_extension() {
    if [[ -d "$mods_available" ]]; then
        local php_root sapi link
        php_root=$(dirname "$mods_available")
        for sapi in $(sapis_to_disable); do
            if command -v "$phpdismod" >/dev/null; then
                "$phpdismod" -v "$php_version" -s "$sapi" pwapresta || true
            fi
            # The links phpenmod made (NN-pwapresta.ini), in case phpdismod is missing or failed.
            for link in "$php_root/$sapi/conf.d/"[0-9]*-pwapresta.ini; do
                if [[ -L "$link" ]]; then
                    rm -f "$link"
                fi
            done
            echo "uninstall: disabled pwapresta for PHP $php_version $sapi"
        done
        rm -f "$mods_available/pwapresta.ini"
        echo "uninstall: removed $mods_available/pwapresta.ini"
    fi
    if [[ -n "$conf_d" && -f "$conf_d/20-pwapresta.ini" ]]; then
        rm -f "$conf_d/20-pwapresta.ini"
        echo "uninstall: removed $conf_d/20-pwapresta.ini"
    fi
    rm -f "$installed_so"
    echo "uninstall: removed $installed_so"
}

case "$action" in
    install) install_extension ;;
    uninstall) uninstall_extension ;;
    *)
        echo "install-extension: unknown action \"$action\": use install or uninstall" >&2
        exit 2
        ;;
esac
