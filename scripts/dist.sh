#!/usr/bin/env bash
# Assembles the PrestaShop module: build/pwapresta/ and dist/pwapresta.zip (folder pwapresta/).
#
# The module is pwapresta-module/ plus the PHP API in api/ (php/autoload.php and php/src/), which
# the module loads through __DIR__ . '/api/autoload.php'. Tests and development files stay out.
# Every folder of the zip gets PrestaShop's index.php guard when it has none.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

module_source=pwapresta-module
target=build/pwapresta
zip_file=dist/pwapresta.zip

excludes=(
    --exclude=tests --exclude=Tests --exclude=.git --exclude=.gitignore --exclude=.gitattributes
    --exclude='phpunit.xml*' --exclude='phpstan*.neon*' --exclude='.php-cs-fixer*'
    --exclude=.editorconfig --exclude=composer.json --exclude=composer.lock --exclude=Makefile
    --exclude=node_modules --exclude=.DS_Store --exclude='*.orig' --exclude='*.swp'
)

if [[ ! -d "$module_source" ]]; then
    echo "dist: $module_source/ not found" >&2
    exit 1
fi

rm -rf "$target" "$zip_file"
mkdir -p "$target/api" dist

tar -C "$module_source" "${excludes[@]}" -cf - . | tar -C "$target" -xf -
echo "dist: copied $module_source/ to $target/"

cp php/autoload.php "$target/api/autoload.php"
tar -C php "${excludes[@]}" -cf - src | tar -C "$target/api" -xf -
echo "dist: copied php/autoload.php and php/src/ to $target/api/"

guard_count=0
while IFS= read -r -d '' folder; do
    if [[ ! -f "$folder/index.php" ]]; then
        cat >"$folder/index.php" <<'PHP'
<?php
// Keeps the web server from listing this folder.
header('Cache-Control: no-store');
header('Location: ../');
exit;
PHP
        guard_count=$((guard_count + 1))
    fi
done < <(find "$target" -type d -print0)
echo "dist: added index.php guards to $guard_count folders"

(cd build && zip -q -r -X "../$zip_file" pwapresta)
# zipinfo lists folders as entries of their own, ending in "/": only files are counted.
file_count=$(zipinfo -1 "$zip_file" | grep -vc '/$')
echo "dist: wrote $zip_file ($file_count files, $(stat -c %s "$zip_file") bytes)"
