#!/usr/bin/env bash
# Installs what Alignment Pulse needs and is missing, and nothing else.
# Idempotent: a second run checks versions and returns in seconds.
#
#   scripts/install.sh build   rustfmt, clippy, the wasm target, Trunk, wasm-bindgen-cli, wasm-opt
#   scripts/install.sh test    all of that, plus Chromium, chromedriver and the npm test tools
#
# Everything comes from the package registries (crates.io, npm, Debian); no
# tool downloads a browser or a prebuilt binary.
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-build}
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must be exactly the wasm-bindgen in Cargo.lock, or Trunk tries to download its own.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf 'install: %s\n' "$*"; }

# rustfmt and clippy for `make lint` (in rustup's default profile; a minimal one lacks them).
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "building Trunk $TRUNK_VERSION from crates.io (about 7 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 3 minutes)"
  # Not --locked: its lockfile pins a crate version the registry here does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The crates in Cargo.lock, for every target: Trunk and the post-build hook build with --offline.
# Quick when they are already in ~/.cargo.
cargo fetch --locked --quiet

# npm packages: wasm-opt (binaryen; Debian's is too old and breaks the wasm), terser and csso (the JS
# and CSS minifiers) and the Playwright and axe-core test tools. `npm ci` only when the lockfile changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci (binaryen, terser, csso, @playwright/test, @axe-core/playwright, SurveyJS for make bench)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$want" = test ]; then
  # Chromium for the wasm and end-to-end tests; poppler-utils for pdftotext,
  # with which the report's e2e test reads the PDF it prints.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v pdftotext >/dev/null; then
    say "installing Debian's chromium, chromium-driver and poppler-utils"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
  fi
fi
say "ready ($want): $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version)"
