#!/usr/bin/env bash
# Trunk post_build hook:
# 1. builds the other three wasm bundles, the kiosk, the workspace
#    (the facilitator's) and the tools (the facilitator's backup), next to the respondent bundle that Trunk builds
#    itself, with the same cargo flags (so the dependencies' build is
#    shared), the same wasm-bindgen and, in release, the same `wasm-opt -Oz`;
# 2. in release, removes wasm-streams' exports that Leptos links through
#    server_fn and this app never uses (scripts/strip-streams.mjs: their
#    glue classes, which it checks are exactly the three it names;
#    wasm-opt --remove-exports: their wasm);
# 3. in release, minifies the JavaScript with terser (Trunk's own minifier
#    cannot parse the wasm-bindgen glue): the glues, the entry
#    alignment-pulse.js and the workspace's worker alignment-pulse-worker.js,
#    whose readable sources are in public/; and the workspace's stylesheet,
#    which Trunk only copies, with csso (scripts/minify-css.mjs);
#    and gives each bundle's wasm imports short names, in its wasm and
#    its glue alike (scripts/short-imports.mjs, which checks that every
#    import was renamed);
# 4. writes the served built-in instruments without indentation;
# Each step's saving is in ARCHITECTURE.md, "Size rules".
# 5. gives the standalone page content-hashed copies of the files
#    (scripts/hash-names.mjs); embedding pages keep the stable names.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}"
staging=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
# Each bundle and its features. The workspace scores, so it reads statistics exactly.
bundles=("alignment-pulse-kiosk kiosk" "alignment-pulse-workspace workspace,exact-floats" "alignment-pulse-tools tools")
for entry in "${bundles[@]}"; do
  read -r name features <<<"$entry"
  if [ "${TRUNK_PROFILE:-debug}" = release ]; then
    cargo build --target=wasm32-unknown-unknown --release --offline --bin "$name" --features "$features"
    wasm=target/wasm32-unknown-unknown/release/$name.wasm
  else
    cargo build --target=wasm32-unknown-unknown --offline --bin "$name" --features "$features"
    wasm=target/wasm32-unknown-unknown/debug/$name.wasm
  fi
  wasm-bindgen --target web --no-typescript --out-dir "$staging" --out-name "$name" "$wasm"
done
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  for bundle in alignment-pulse-respond alignment-pulse-kiosk alignment-pulse-workspace alignment-pulse-tools; do
    node scripts/strip-streams.mjs "$staging/$bundle.js"
    # What --low-memory-unused relies on, checked, not assumed.
    node scripts/check-memory-layout.mjs "$staging/${bundle}_bg.wasm"
    # The kiosk's, the workspace's and the tools' own -Oz is this one (Trunk ran the respondent's).
    # --converge repeats -Oz while the wasm shrinks.
    # --low-memory-unused lets a load or store take its constant offset
    # (below 1024) from an `i32.add`: safe because nothing lives in the
    # first KB (scripts/check-memory-layout.mjs checks it just above).
    # --strip-producers and --strip-target-features drop two metadata
    # sections no browser reads. (Each one's saving: ARCHITECTURE.md,
    # "Size rules".)
    wasm-opt -Oz --converge --low-memory-unused --strip-producers --strip-target-features --remove-exports --pass-arg='remove-exports@*intounderlying*' \
      "$staging/${bundle}_bg.wasm" --output "$staging/${bundle}_bg.wasm"
  done
  for js in alignment-pulse-respond.js alignment-pulse-kiosk.js alignment-pulse-workspace.js alignment-pulse-tools.js alignment-pulse.js alignment-pulse-worker.js; do
    node_modules/.bin/terser "$staging/$js" --module --compress --mangle --output "$staging/$js"
  done
  node scripts/minify-css.mjs "$staging/alignment-pulse-workspace.css"
  for bundle in alignment-pulse-respond alignment-pulse-kiosk alignment-pulse-workspace alignment-pulse-tools; do
    node scripts/short-imports.mjs "$staging" "$bundle"
  done
fi
# The built-in instruments the respondent bundle fetches (instruments/<id>.json),
# without the indentation that makes the sources in instruments/ readable.
for json in "$staging"/instruments/*.json; do
  node -e 'const fs = require("fs"); const f = process.argv[1]; fs.writeFileSync(f, JSON.stringify(JSON.parse(fs.readFileSync(f, "utf8"))));' "$json"
done
node scripts/hash-names.mjs "$staging"
