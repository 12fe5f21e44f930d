#!/usr/bin/env bash
# Installs what building and testing need, each step skipped when the right version is there:
# the wasm target, Trunk, the wasm-bindgen CLI at the exact Cargo.lock version, wasm-split-cli,
# wasm-opt, esbuild and Playwright (npm), Chromium, ChromeDriver, LibreOffice and poppler (Debian), python-docx and
# openxml-audit (an OOXML validator for the .docx, PyPI). Everything comes from a package
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

# The standard library's source: a release build rebuilds it (tools/wasm-release-flags.sh).
if [ -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  note "rust-src present"
else
  note "adding rust-src (the release build rebuilds the standard library)"
  rustup component add rust-src ||
    note "WARNING: rust-src could not be added; release builds will link the prebuilt standard library (a larger wasm)"
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

# Splits the app's wasm into chunks loaded on demand (tools/build-wasm.sh). 0.2.4: 0.2.2
# makes wasm-bindgen 0.2.130 panic.
WASM_SPLIT_VERSION=0.2.4
if [ -x "$TOOLS_ROOT/bin/wasm-split-cli" ] && [ "$(cat "$TOOLS_ROOT/.wasm-split-version" 2>/dev/null)" = "$WASM_SPLIT_VERSION" ]; then
  note "wasm-split-cli $WASM_SPLIT_VERSION present"
else
  note "building wasm-split-cli $WASM_SPLIT_VERSION into $TOOLS_ROOT (about 2 minutes)"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --locked --root "$TOOLS_ROOT" --force
  echo "$WASM_SPLIT_VERSION" > "$TOOLS_ROOT/.wasm-split-version"
fi

lock_sum=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
if [ -f tests/e2e/node_modules/.lock-sum ] && [ "$(cat tests/e2e/node_modules/.lock-sum)" = "$lock_sum" ]; then
  note "npm tools (wasm-opt, esbuild, Playwright) present"
else
  note "installing npm tools from tests/e2e/package-lock.json"
  (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > tests/e2e/node_modules/.lock-sum
fi

# Debian packages: Chromium and ChromeDriver for the browser tests; LibreOffice (writer and
# calc, no GUI), poppler-utils and the Liberation fonts (metric twins of Times New Roman) to open the
# exported .docx like a user would.
browser=()
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || browser=(chromium chromium-driver)
office=()
command -v soffice >/dev/null || office+=(libreoffice-writer-nogui)
# Calc opens the desk's CSV in a test (tests/desk_csv.rs), as a spreadsheet user would.
[ -e /usr/lib/libreoffice/program/libsclo.so ] || office+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || office+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation ] || office+=(fonts-liberation)
if [ ${#browser[@]} -eq 0 ] && [ ${#office[@]} -eq 0 ]; then
  note "$(/usr/bin/chromium --version 2>/dev/null | head -n1), LibreOffice, poppler present"
else
  note "installing from Debian: ${browser[*]} ${office[*]}"
  as_root apt-get update -qq
  if [ ${#browser[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${browser[@]}" >/dev/null
  fi
  if [ ${#office[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${office[@]}" >/dev/null
  fi
fi

# pip_pinned PACKAGE MODULE VERSION: installs PACKAGE==VERSION from PyPI unless MODULE has it.
pip_pinned() {
  if python3 -c "import $2, sys; sys.exit(0 if $2.__version__ == '$3' else 1)" 2>/dev/null; then
    note "$1 $3 present"
  else
    note "installing $1 $3 from PyPI"
    python3 -m pip install -q --disable-pip-version-check "$1==$3"
  fi
}
pip_pinned python-docx docx 1.2.0
pip_pinned openxml-audit openxml_audit 0.8.0
# The upper union's recipe past one browser (recipes/duckdb), checked against the app in make test.
pip_pinned duckdb duckdb 1.4.4

note "tools ready in $(( $(date +%s) - start )) s"
