# Alignment Pulse. The two commands a newcomer needs:
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080/
#   make test    install what is missing, run every test tier and the payload check
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := serve

export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080
LOGS := target/test-logs

.PHONY: serve dev build install install-test lint test test-native check-boundary check-dom test-wasm test-e2e payload bench screenshot clean

## serve: build the release site and serve it on 127.0.0.1 (the default target)
serve: build
	node scripts/serve.mjs --port $(PORT) --dir dist

## dev: rebuild on every change (Trunk's own server, debug build)
dev: install
	trunk serve --offline --port $(PORT)

## build: the release site in dist/
build: install
	trunk build --release --offline
	@if grep -Eq '<script>|<script( type="module")?>' dist/index.html; then \
	  echo "dist/index.html has an inline <script>; the page must run under a strict CSP" >&2; exit 1; fi

install:
	@scripts/install.sh build

install-test:
	@scripts/install.sh test

## test: the lint first (it is fast), every tier, then the payload check and a count of the tests run
test: install-test
	@rm -rf $(LOGS) && mkdir -p $(LOGS)
	$(MAKE) --no-print-directory lint test-native test-wasm test-e2e payload
	@scripts/summary.sh $(LOGS)

## lint: cargo fmt --check; clippy with -D warnings on the native core and CLI and on each bundle's wasm, with clippy.toml's size rules (disallowed methods) for the library and the bundles, not the native tests
lint: install
	@mkdir -p $(LOGS)
	cargo fmt --check
	cargo clippy --no-default-features --features cli --lib --bins -- -D warnings
	cargo clippy --no-default-features --features cli --tests --benches -- -D warnings -A clippy::disallowed_methods
	cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --features kiosk --lib --bins -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features workspace --lib --bins -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --features tools --lib --bins -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features workspace --test web --test browser-bench -- -D warnings -A clippy::disallowed_methods
	@echo "lint: formatted, and clippy finds nothing" | tee $(LOGS)/lint.log

## test-native: the pure core and the pulse CLI, with no web dependency
test-native: check-boundary check-dom
	@mkdir -p $(LOGS)
	cargo test --no-default-features --features cli 2>&1 | tee $(LOGS)/native.log

## check-boundary: the core's dependency graph holds no web crate
check-boundary:
	@if cargo tree --no-default-features --features cli -e normal,build --prefix none | grep -E '^(leptos|web-sys|gloo|wasm-bindgen|js-sys)'; then \
	  echo "the core depends on a web crate (above); it must build without the ui feature" >&2; exit 1; \
	else echo "boundary: the core's dependency graph has no leptos, web-sys, gloo, js-sys or wasm-bindgen"; fi

## check-dom: no create_element, set_inner_html or .forget() in src/ but where scripts/dom-allowlist.tsv says why
check-dom:
	@scripts/check-dom.sh

## test-wasm: component tests in headless Chromium through chromedriver
test-wasm:
	@mkdir -p $(LOGS)
	cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee $(LOGS)/wasm.log

## test-e2e: Playwright and axe-core against the release dist/ on 127.0.0.1
test-e2e: build
	@mkdir -p $(LOGS)
	cargo build --no-default-features --features cli --bin pulse
	playwright test 2>&1 | tee $(LOGS)/e2e.log

## payload: gzip size of each bundle's wasm, JS and CSS in dist/ (fails above its ceiling; see scripts/payload.sh)
payload: build
	@mkdir -p $(LOGS)
	@scripts/payload.sh | tee $(LOGS)/payload.log

## bench: at 1,000, 10,000 and 100,000 responses, scoring, import and the session store natively and in headless Chromium, and the workspace page as a facilitator uses it; what the anonymity rules keep in simulated teams; the first question against SurveyJS (never a timed test)
bench: install-test build
	cargo bench --no-default-features --features cli --bench scoring
	cargo test --release --no-default-features --features cli --test information -- --nocapture
	cargo test --release --target wasm32-unknown-unknown --features workspace --test browser-bench -- --nocapture
	node scripts/bench-scale.mjs
	node scripts/bench-first-question.mjs

## screenshot: docs/screenshots/, the screens the README links, at 1280 px and 375 px
screenshot: build
	node scripts/screenshot.mjs

clean:
	cargo clean
	rm -rf dist test-results playwright-report
