#!/usr/bin/env bash
# Installs what building and testing need, each step skipped when the right version is there:
# the wasm target, Trunk, the wasm-bindgen CLI at the exact Cargo.lock version, wasm-opt and
# Playwright (npm), Chromium and ChromeDriver (Debian). Everything comes from a package
# registry. Cargo tools go to $TOOLS_ROOT (default ~/.cargo); used by `make serve` and `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
TOOLS_ROOT="${TOOLS_ROOT:-$HOME/.cargo}"
export PATH="$TOOLS_ROOT/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; }

start=$(date +%s)
note() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  note "wasm32 target present"
else
  note "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$("$TOOLS_ROOT/bin/trunk" --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  note "trunk $TRUNK_VERSION present"
else
  note "building trunk $TRUNK_VERSION into $TOOLS_ROOT (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --root "$TOOLS_ROOT"
fi

if [ "$("$TOOLS_ROOT/bin/wasm-bindgen" --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] &&
   [ -x "$TOOLS_ROOT/bin/wasm-bindgen-test-runner" ]; then
  note "wasm-bindgen $WASM_BINDGEN_VERSION present"
else
  note "building wasm-bindgen-cli $WASM_BINDGEN_VERSION into $TOOLS_ROOT (about 3 minutes)"
  # --locked fails for this crate (a yanked dependency); a plain install works.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --root "$TOOLS_ROOT" --force
fi

lock_sum=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
if [ -f tests/e2e/node_modules/.lock-sum ] && [ "$(cat tests/e2e/node_modules/.lock-sum)" = "$lock_sum" ]; then
  note "npm tools (wasm-opt, Playwright) present"
else
  note "installing npm tools from tests/e2e/package-lock.json"
  (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > tests/e2e/node_modules/.lock-sum
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  note "$(/usr/bin/chromium --version 2>/dev/null | head -n1) present"
else
  note "installing Chromium and ChromeDriver from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

note "tools ready in $(( $(date +%s) - start )) s"
