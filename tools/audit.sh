#!/usr/bin/env bash
# make audit: builds the minimal Leptos app (tests/audit/minimal) the way tools/build-wasm.sh
# builds the real one, then runs Lighthouse (mobile preset, system Chromium) three times on
# each, both served with gzip, and prints the figures side by side (tests/audit/run.mjs).
# Expects the release build in dist/ (the Makefile's `dist` runs first).
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS_ROOT="${TOOLS_ROOT:-$HOME/.cargo}"
export PATH="$TOOLS_ROOT/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"

if [ ! -x tests/audit/node_modules/.bin/lighthouse ]; then
  (cd tests/audit && npm ci --no-audit --no-fund)
fi

target=wasm32-unknown-unknown
out=target/audit-minimal
rm -rf "$out"; mkdir -p "$out"
# The same flags as the app's build, so the dependencies compiled for it are reused.
source tools/wasm-release-flags.sh
RUSTFLAGS="$RUSTFLAGS ${WASM_APP_RUSTFLAGS:-}" cargo build --locked --release --target "$target" "${WASM_RELEASE_CARGO_FLAGS[@]}" --features audit --bin audit_minimal
python3 tools/strip-relocs.py "target/$target/release/audit_minimal.wasm"
wasm-bindgen --target web --no-typescript --out-dir "$out" "target/$target/release/audit_minimal.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --low-memory-unused "$out/audit_minimal_bg.wasm" -o "$out/audit_minimal_bg.wasm"
cp tests/audit/minimal/index.html "$out/"

node tests/audit/run.mjs dist "$out"
