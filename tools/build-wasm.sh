#!/usr/bin/env bash
# Builds the app's wasm split into chunks, and the import checker, into target/app/ (Trunk's
# pre-build hook: Trunk then copies the folder into dist/ and tools/finish-dist.py gives every
# file a content hash). Steps: cargo build (feature `split`, relocations kept) → wasm-split-cli
# (main module, one chunk per split point, the chunk loader __wasm_split.js, whose table of
# chunks tools/split-loader.py moves out of the first load) → wasm-bindgen →
# tools/drop-stream-classes.py → wasm-opt -Oz on every module, esbuild --minify on the page's
# JavaScript. TRUNK_PROFILE=debug (make serve) skips wasm-opt; WASM_OPT_G=-g keeps function
# names in a release, for a CPU profile (`WASM_OPT_G=-g make bench`).
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS_ROOT="${TOOLS_ROOT:-$HOME/.cargo}"
export PATH="$TOOLS_ROOT/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"

profile=${TRUNK_PROFILE:-release}
target=wasm32-unknown-unknown
out=target/app
work=target/app-work
rm -rf "$out" "$work"
mkdir -p "$out" "$work"

cargo_flags=(--locked --target "$target")
[ "$profile" = release ] && cargo_flags+=(--release)
# erase_components: see .cargo/config.toml; --emit-relocs lets wasm-split move functions. The
# checker is built without `split`: a split point's exported body would drag its screen in.
# A release also rebuilds the standard library (tools/wasm-release-flags.sh).
export RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs"
if [ "$profile" = release ]; then
  source tools/wasm-release-flags.sh
  cargo_flags+=("${WASM_RELEASE_CARGO_FLAGS[@]}")
fi
# One build per interface language, the same code: Vietnamese into target/app/, English (feature
# `en`) into target/app/en/, loaded only when the user chooses English (index.html).
build_language() {
  local language=$1 out=$2 work=$3
  mkdir -p "$out" "$work"
  # The page's wasm gets WASM_APP_RUSTFLAGS too (cargo keeps both builds' dependencies apart).
  RUSTFLAGS="$RUSTFLAGS ${WASM_APP_RUSTFLAGS:-}" cargo build "${cargo_flags[@]}" --features "split${language:+,$language}" --bin congress-notebook
  worker_flags=("${cargo_flags[@]/#--release/--profile=release-worker}")
  cargo build "${worker_flags[@]}" --features "$language" --bin import_worker
  built=target/$target/$([ "$profile" = release ] && echo release || echo debug)
  worker_built=target/$target/$([ "$profile" = release ] && echo release-worker || echo debug)

  # The app: split, then bound to JavaScript.
  wasm-split-cli --target web --out-name main "$built/congress-notebook.wasm" "$work/split"
  wasm-bindgen --target web --out-name main --keep-lld-exports --no-demangle --no-typescript \
    --out-dir "$out" "$work/split/main.wasm"
  # Classes a dependency exports that nothing creates (see the script).
  python3 tools/drop-stream-classes.py "$out/main_bg.wasm" "$out/main.js"
  for f in "$work"/split/*.wasm; do
    [ "$(basename "$f")" = main.wasm ] || cp "$f" "$out/"
  done
  cp "$work/split/__wasm_split.js" "$out/"
  # Its table of chunks out of the first load, fetched when a split point is first called.
  python3 tools/split-loader.py "$out"

  # The import checker: a classic worker, started by a one-line loader.
  python3 tools/strip-relocs.py "$worker_built/import_worker.wasm"
  wasm-bindgen --target no-modules --out-name import_worker --no-typescript --out-dir "$out" "$worker_built/import_worker.wasm"
  # A module that fails to load is thrown again outside the promise, so the page hears of it
  # (the worker's `error` event) instead of waiting for an answer.
  printf 'importScripts("./import_worker.js");wasm_bindgen("./import_worker_bg.wasm").catch((e)=>setTimeout(()=>{throw e;}));\n' > "$out/import_worker_loader.js"

  if [ "$profile" = release ]; then
    # The page's JavaScript (wasm-bindgen's glue and the chunk loader), minified: −2.2 KB of the
    # first load, gzipped. The checker's worker is left as it is (not in the first load).
    for f in "$out/main.js" "$out/__wasm_split.js" "$out/__wasm_split_table.js"; do
      esbuild "$f" --minify --format=esm --log-level=error --outfile="$f.min" && mv "$f.min" "$f"
    done
    for f in "$out"/*.wasm; do
      level=-Oz
      [ "$(basename "$f")" = import_worker_bg.wasm ] && level=-O3  # the checker: speed (Cargo.toml)
      wasm-opt "$level" --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
        --enable-sign-ext --enable-mutable-globals --low-memory-unused --strip-producers --strip-target-features ${WASM_OPT_G:-} "$f" -o "$f"
    done
  fi
}

build_language "" "$out" "$work"
# APP_LANGUAGES=vi: the Vietnamese build only (a quicker build while measuring or serving; the
# English switch then finds no build to load).
case " ${APP_LANGUAGES:-vi en} " in *" en "*) build_language en "$out/en" "$work/en" ;; esac
echo "build-wasm: $(find "$out" -type f | wc -l) files in $out ($profile)"
