#!/usr/bin/env bash
# Runs every test layer and prints each one's pass/fail counts and time, then a total line:
#   1. native: cargo test (model, templates, storage logic, export files against the schema, the
#      .docx opened by python-docx and LibreOffice)
#   2. wasm: wasm-bindgen tests in headless Chromium (storage through real localStorage; the
#      Vietnamese order against the browser's own collator)
#   3. e2e: Playwright against the --release build served on 127.0.0.1
# Every layer runs even when an earlier one fails; the exit code is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
TOOLS_ROOT="${TOOLS_ROOT:-$HOME/.cargo}"
export PATH="$TOOLS_ROOT/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
export TZ=Asia/Ho_Chi_Minh
logs=target/test-logs
mkdir -p "$logs"

summary=()
total_pass=0
total_fail=0
status=0

# run NAME PARSER COMMAND...: runs the command, tees its output, records counts and time.
run() {
  local name=$1 parser=$2; shift 2
  local log="$logs/$name.log" t0=$SECONDS rc pass fail
  printf '\n==> %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  read -r pass fail < <("$parser" "$log")
  if [ "$rc" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi  # a build error counts as a failure
  [ "$rc" -eq 0 ] || status=1
  total_pass=$((total_pass + pass)); total_fail=$((total_fail + fail))
  summary+=("$(printf '%-8s %4d passed, %3d failed  in %4d s%s' "$name" "$pass" "$fail" $((SECONDS - t0)) "$([ "$rc" -eq 0 ] || echo '  (exit '"$rc"')')")")
}

cargo_counts() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       END { print p + 0, f + 0 }' "$1"
}
playwright_counts() {
  awk '/^ +[0-9]+ passed/ { p = $1 } /^ +[0-9]+ failed/ { f = $1 } /^ +[0-9]+ flaky/ { f += $1 }
       END { print p + 0, f + 0 }' "$1"
}
build_counts() { echo "0 0"; }

run native cargo_counts cargo test --locked --features schema
run wasm cargo_counts env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json" \
  WASM_BINDGEN_TEST_TIMEOUT=60 \
  cargo test --locked --target wasm32-unknown-unknown --test storage_web --test collate_web
run build build_counts trunk build --release --offline --locked
if [ -f dist/index.html ]; then
  run e2e playwright_counts playwright test -c tests/e2e/playwright.config.mjs
else
  summary+=("e2e      skipped: the release build failed")
  total_fail=$((total_fail + 1)); status=1
fi

printf '\n==> summary\n'
printf '  %s\n' "${summary[@]}"
echo "Total: $total_pass passed, $total_fail failed"
exit $status
