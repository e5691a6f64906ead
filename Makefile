# skillpath — build, run, test, benchmark, install.
# `make run` opens the TUI on the shipped catalog; `make test` runs every test.

PREFIX ?= /usr/local
SWIFT ?= swift
# One optimised build serves `run` and `test` (so neither rebuilds the other's): the planner
# solves NP-hard instances exactly, and -enable-testing keeps the tests' @testable imports working.
BUILD_FLAGS ?= -c release -Xswiftc -enable-testing

.PHONY: all build release run test bench install uninstall clean

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

bench:
	$(SWIFT) build -c release
	./.build/release/skillpath-bench

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
	rm -rf .build bench-results
