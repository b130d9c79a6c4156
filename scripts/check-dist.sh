#!/usr/bin/env bash
# Checks dist/pwapresta.zip, or the zip given as argument (run make dist first): one top folder
# pwapresta/ holding the module's main file, the PHP API in api/, an index.php in every folder,
# no tests, and PHP files that `php -l` accepts. Prints each failed check and exits 1 if any did.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
zip_file="${1:-$repo_root/dist/pwapresta.zip}"

if [[ ! -f "$zip_file" ]]; then
    echo "dist-check: $zip_file not found: run make dist first" >&2
    exit 1
fi

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
unzip -q "$zip_file" -d "$unpacked"

failures=0
fail() {
    echo "dist-check: FAILED: $*" >&2
    failures=$((failures + 1))
}

top_entries=$(ls -A "$unpacked")
[[ "$top_entries" == pwapresta ]] || fail "the zip's top level is \"$top_entries\", expected only pwapresta/"

module="$unpacked/pwapresta"
for required in pwapresta.php config.xml logo.png api/autoload.php api/src/Api.php \
    api/src/Engine/PhpEngine.php; do
    [[ -f "$module/$required" ]] || fail "pwapresta/$required is missing"
done

if [[ -f "$module/pwapresta.php" ]] && ! grep -q "api/autoload.php" "$module/pwapresta.php"; then
    fail "pwapresta/pwapresta.php does not load api/autoload.php"
fi

while IFS= read -r -d '' folder; do
    [[ -f "$folder/index.php" ]] || fail "${folder#"$unpacked"/} has no index.php"
done < <(find "$module" -type d -print0)

dev_files=$(cd "$unpacked" && find . \( -iname tests -o -name 'phpunit.xml*' -o -name composer.json \
    -o -name '.git*' \) -print)
[[ -z "$dev_files" ]] || fail "development files in the zip: $dev_files"

php_count=0
while IFS= read -r -d '' file; do
    php_count=$((php_count + 1))
    if ! lint_output=$(php -l "$file" 2>&1); then
        fail "php -l rejects ${file#"$unpacked"/}: $lint_output"
    fi
done < <(find "$module" -name '*.php' -print0)

if ((failures > 0)); then
    echo "dist-check: $failures checks failed" >&2
    exit 1
fi
echo "dist-check: dist/pwapresta.zip is complete ($php_count PHP files pass php -l)"
