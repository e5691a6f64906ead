# skillpath — build, run, test, benchmark, install.
# `make run` opens the TUI on the shipped catalog; `make test` runs every test.

PREFIX ?= /usr/local
SWIFT ?= swift
# One optimised build serves `run` and `test` (so neither rebuilds the other's): the planner
# solves NP-hard instances exactly, and -enable-testing keeps the tests' @testable imports working.
BUILD_FLAGS ?= -c release -Xswiftc -enable-testing

.PHONY: all build release run test bench fuzz install uninstall clean

all: build

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release --product skillpath

run:
	$(SWIFT) build $(BUILD_FLAGS) --product skillpath
	./.build/release/skillpath tui --catalog Catalog

test:
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

# The bench also runs OR-tools CP-SAT side by side with the planner (bench/cpsat.py), from a venv it
# creates here with `ortools` from PyPI: a benchmark-only dependency, never needed by the product.
# Without Python or ortools the bench says "CP-SAT skipped: ..." and goes on.
# BENCH_ARGS=--planner runs only the planner against CP-SAT; --cohort only roles --rank and plan --batch.
BENCH_VENV ?= .bench-venv
BENCH_ARGS ?=

bench:
	$(SWIFT) build -c release
	-test -x $(BENCH_VENV)/bin/python || (python3 -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/pip install --quiet ortools)
	SKILLPATH_BENCH_PYTHON=$(BENCH_VENV)/bin/python ./.build/release/skillpath-bench $(BENCH_ARGS)

# The catalog loader under libFuzzer, in its own build folder so no other build gets the sanitizer.
# Crashing inputs go to FUZZ_CRASHES and the run exits non-zero; replay one with a plain build:
# `swift build --product CatalogFuzzer && .build/debug/CatalogFuzzer FILE`.
FUZZ_SECONDS ?= 1800
FUZZ_CORPUS ?= .fuzz/corpus
FUZZ_CRASHES ?= .fuzz/crashes
FUZZ_SEEDS ?= .fuzz/seeds
FUZZ_FLAGS ?= -max_len=262144 -timeout=60 -rss_limit_mb=4096

fuzz:
	$(SWIFT) build -c release --scratch-path .build-fuzz --product CatalogFuzzer -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	mkdir -p $(FUZZ_CORPUS) $(FUZZ_CRASHES)
	./.build-fuzz/release/CatalogFuzzer --write-seeds $(FUZZ_SEEDS) Catalog
	./.build-fuzz/release/CatalogFuzzer --write-dictionary .fuzz/catalog.dict
	SWIFT_BACKTRACE=enable=no ./.build-fuzz/release/CatalogFuzzer $(FUZZ_CORPUS) $(FUZZ_SEEDS) \
		-max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_CRASHES)/ -print_final_stats=1 -dict=.fuzz/catalog.dict $(FUZZ_FLAGS)

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/skillpath
	install -m 0755 .build/release/skillpath $(DESTDIR)$(PREFIX)/bin/skillpath
	rm -rf $(DESTDIR)$(PREFIX)/share/skillpath/Catalog
	cp -R Catalog $(DESTDIR)$(PREFIX)/share/skillpath/Catalog
	find $(DESTDIR)$(PREFIX)/share/skillpath/Catalog -type d -exec chmod 0755 {} +
	find $(DESTDIR)$(PREFIX)/share/skillpath/Catalog -type f -exec chmod 0644 {} +

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/skillpath
	rm -rf $(DESTDIR)$(PREFIX)/share/skillpath

clean:
	rm -rf .build .build-fuzz .fuzz bench-results $(BENCH_VENV)
