# Build, install, package and test pwapresta. Every target prints what it does, then runs it.
#
#   make build        the extension, target/release/libpwapresta.so
#   make build-debug  target/debug/libpwapresta.so, which make stubs reads
#   make install      release build, then copy it into PHP's extension dir and enable it for the
#                     CLI, so every PHP CLI process on the machine loads it (root); make uninstall
#   make dist         build/pwapresta/ and dist/pwapresta.zip, the PrestaShop module
#   make dist-check   checks the zip: layout, index.php guards, no tests, php -l
#   make stubs        regenerate php/stubs/pwapresta.stub.php; make stubs-check fails on drift
#   make leak-check   every native function in a loop under valgrind
#   make test         every test stage, then a summary line
#   make bench        the benchmarks (bench/run.php), written to BENCHMARKS.md
#   make clean        removes build/, dist/ and tests/.run/ (cargo clean removes target/)

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

CARGO ?= cargo
PHP ?= php
PHPUNIT ?= /usr/bin/phpunit
VALGRIND ?= valgrind

EXTENSION := $(CURDIR)/target/release/libpwapresta.so
# ext-php-rs compiles the module description that cargo-php reads into debug builds only.
DEBUG_EXTENSION := $(CURDIR)/target/debug/libpwapresta.so
STUB_FILE := php/stubs/pwapresta.stub.php

# When PHP's ini files already load pwapresta (after make install), `-d extension=...` would make
# PHP print "Module already loaded", so the loaded copy is used and a note says so.
EXTENSION_LOADED := $(shell $(PHP) -r 'echo extension_loaded("pwapresta") ? "yes" : "no";' 2>/dev/null)
ifeq ($(EXTENSION_LOADED),yes)
PHP_WITH_EXTENSION := $(PHP)
EXTENSION_NOTE := @echo "note: PHP already loads an installed pwapresta, so that copy runs;" \
	"make install updates it"
else
PHP_WITH_EXTENSION := $(PHP) -d extension=$(EXTENSION)
EXTENSION_NOTE := @true
endif

# Where `make install` puts things; each can be overridden (e.g. to try it in a scratch folder).
PHP_VERSION ?= $(shell $(PHP) -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
EXTENSION_DIR ?= $(shell php-config --extension-dir 2>/dev/null)
MODS_AVAILABLE ?= /etc/php/$(PHP_VERSION)/mods-available
PHP_SAPIS ?= cli
PHPENMOD ?= phpenmod
PHPDISMOD ?= phpdismod
CONF_D ?= $(shell $(PHP) --ini | sed -n 's/^Scan for additional .ini files in: *//p')

.PHONY: build build-debug install uninstall dist dist-check stubs stubs-check leak-check test test-rust test-conformance \
	test-module bench clean

build:
	@echo "build: cargo build --release (the extension: target/release/libpwapresta.so)"
	@$(CARGO) build --release
	@echo "build: built $(EXTENSION)"

install: build
	@scripts/install-extension.sh install "$(EXTENSION)" "$(EXTENSION_DIR)" "$(MODS_AVAILABLE)" \
		"$(CONF_D)" "$(PHP_VERSION)" "$(PHP_SAPIS)" "$(PHPENMOD)" "$(PHPDISMOD)"

uninstall:
	@scripts/install-extension.sh uninstall "$(EXTENSION)" "$(EXTENSION_DIR)" "$(MODS_AVAILABLE)" \
		"$(CONF_D)" "$(PHP_VERSION)" "$(PHP_SAPIS)" "$(PHPENMOD)" "$(PHPDISMOD)"

dist:
	@echo "dist: build/pwapresta/ (the module plus the PHP API in api/) and dist/pwapresta.zip"
	@scripts/dist.sh

dist-check: dist
	@echo "dist-check: the contents of dist/pwapresta.zip"
	@scripts/check-dist.sh

stubs: build-debug
	@echo "stubs: generating $(STUB_FILE) from $(DEBUG_EXTENSION)"
	@scripts/gen-stubs.sh "$(DEBUG_EXTENSION)" "$(STUB_FILE)"

stubs-check: build-debug
	@echo "stubs-check: comparing $(STUB_FILE) with stubs generated from $(DEBUG_EXTENSION)"
	@scripts/gen-stubs.sh --check "$(DEBUG_EXTENSION)" "$(STUB_FILE)"

build-debug:
	@echo "build-debug: cargo build (target/debug/libpwapresta.so, for the stub generator)"
	@$(CARGO) build

leak-check: build
	@echo "leak-check: tests/leak/leak.php under valgrind, failing on definitely lost bytes"
	@tests/leak/run.sh "$(EXTENSION)"

test-rust:
	@echo "test-rust: cargo test (unit and known-answer tests)"
	@$(CARGO) test

test-conformance: build
	@echo "test-conformance: PHPUnit tests/php/phpunit.xml on engines" \
		"$${PWAPRESTA_ENGINES:-native,php}"
	$(EXTENSION_NOTE)
	@PWAPRESTA_EXTENSION=$(EXTENSION) $(PHP_WITH_EXTENSION) $(PHPUNIT) -c tests/php/phpunit.xml

# The module suite serves build/pwapresta/ (from make dist) with MariaDB and PHP's web server,
# which it starts itself, and runs on both engines.
test-module: build dist
	@if [[ -f tests/module/run.sh ]]; then \
		echo "test-module: tests/module/run.sh"; \
		PWAPRESTA_EXTENSION=$(EXTENSION) bash tests/module/run.sh; \
	else \
		echo "test-module: skipped, tests/module/run.sh does not exist"; \
	fi

# Runs every stage even after one fails, then prints a table of the stages and
# "test: N passed, N failed, N skipped" over the tests of all stages, and fails if any stage did.
test:
	@echo "test: cargo test, build, conformance, stubs-check, leak-check, dist-check, module suite"
	@scripts/test-stages.sh

bench: build
	@echo "bench: php bench/run.php with the native extension loaded, results in BENCHMARKS.md"
	$(EXTENSION_NOTE)
	@$(PHP_WITH_EXTENSION) bench/run.php

# tests/.run holds the module suite's and the lifecycle's MariaDB data, so each server found
# there is shut down first. target/ is cargo's: `cargo clean` removes it.
clean:
	@echo "clean: removing build/, dist/ and tests/.run/ (cargo clean removes target/)"
	@for state in tests/.run/mariadb tests/.run/*/mariadb; do \
		if [[ -d "$$state" ]]; then \
			PWA_RUN_DIR="$$(dirname "$$state")" tests/prestashop/bin/mariadb.sh stop; \
		fi; \
	done
	@rm -rf build dist tests/.run
