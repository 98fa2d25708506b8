# Rapport: `make run` launches the app on the demo; `make test` runs every check; `make bundle`
# builds the release app and its .deb. Each installs what it needs on first use
# (scripts/ensure-deps.sh).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export CARGO_TARGET_DIR ?= $(CURDIR)/target
export PATH := $(HOME)/.cargo/bin:$(PATH)
APP := $(CARGO_TARGET_DIR)/debug/rapport-app
# The installer the install test checks: a debug bundle, so `make test` adds no release build.
DEBUG_DEB_DIR := $(CARGO_TARGET_DIR)/debug/bundle/deb
DEMO_ACCOUNT ?= Helios Freight
# WebKitGTK draws blank windows under Xvfb and some drivers with its DMA-BUF renderer.
export WEBKIT_DISABLE_DMABUF_RENDERER := 1

.PHONY: run test explore bundle bundle-debug deps deps-bundle deps-test ui app bindings check-fmt clippy typecheck lint-ui test-rust test-ui test-e2e

run: deps app
	@if [[ -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" ]]; then \
	  echo "No display found: starting the app inside a virtual display (xvfb-run)."; \
	  WEBKIT_DISABLE_COMPOSITING_MODE=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$(APP)" --demo --open "$(DEMO_ACCOUNT)"; \
	else \
	  "$(APP)" --demo --open "$(DEMO_ACCOUNT)"; \
	fi

test: deps-test check-fmt ui typecheck lint-ui clippy test-rust test-ui test-e2e
	@echo "All checks passed."

# The release app and its Debian package (target/release/bundle/deb/), with the Tauri CLI.
bundle: deps-bundle ui
	cargo tauri build --bundles deb
	@ls -1 $(CARGO_TARGET_DIR)/release/bundle/deb/*.deb

# The same package from a debug build, for the install test (tests/e2e/install.test.mjs).
# The bundler's staging folder holds a second copy of the (800 MB) debug binary: only the .deb stays.
bundle-debug: deps-test ui
	cargo tauri build --debug --bundles deb
	find $(DEBUG_DEB_DIR) -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +

deps:
	@scripts/ensure-deps.sh build

deps-bundle:
	@scripts/ensure-deps.sh bundle

deps-test:
	@scripts/ensure-deps.sh test

# The UI is built before any cargo step: the app embeds ui/dist at compile time.
ui:
	cd ui && npx vite build --logLevel warn

# The CLI too: the end-to-end tests write their demo workspaces with it.
app: ui
	cargo build -p rapport-app -p rapport-cli

# Regenerate ui/src/bindings.ts from the Tauri commands (commit the result).
bindings: ui
	UPDATE_BINDINGS=1 cargo test -p rapport-app --lib bindings

check-fmt:
	cargo fmt --all --check

clippy: ui
	cargo clippy --workspace --all-targets -- -D warnings

typecheck:
	cd ui && npx tsc --noEmit

lint-ui:
	cd ui && npx eslint --max-warnings 0 .

# Includes the bindings drift check (src-tauri/src/bindings.rs). The property tests draw their
# cases from a fixed seed here, so a red run always means a change broke something; `make explore`
# draws new cases (and proptest keeps any failure it finds in the crate's *.proptest-regressions).
PROPTEST_SEED ?= 20261127
test-rust: ui
	PROPTEST_RNG_SEED=$(PROPTEST_SEED) cargo test --workspace

explore: ui
	cargo test --workspace --tests

test-ui:
	cd ui && npx vitest run

# Inside a private D-Bus session: the single-instance plugin finds the running app over the session
# bus, and the tests' apps must neither meet a Rapport the user has open nor each other's leftovers.
test-e2e: app bundle-debug
	RAPPORT_DEB_DIR=$(DEBUG_DEB_DIR) dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1080x24" node --test --test-concurrency=1 tests/e2e/
