# Sourced by tools/build-wasm.sh and tools/audit.sh: how a release wasm is compiled. The
# standard library is rebuilt with the app (rustup's `rust-src`, added by tools/setup.sh) so
# that a panic is a bare trap (`-Cpanic=immediate-abort`: no panic messages or formatting are
# linked; the app installs no panic hook, so nothing read them) and panics carry no file and
# line (`-Zlocation-detail=none`). These are unstable options of the pinned stable compiler,
# allowed by RUSTC_BOOTSTRAP=1 for these builds only; measured: the first load's wasm 243.1 →
# 226 KB gzipped. Sets RUSTFLAGS, RUSTC_BOOTSTRAP and the array WASM_RELEASE_CARGO_FLAGS.
# WASM_APP_RUSTFLAGS is added for the page's own wasm (the app and the audit's minimal app), not
# for the import checker: `-Zfmt-debug=none` makes every `{:?}` print nothing. The page shows
# no Debug output (no panic messages; the reason serde gives for an unreadable stored record is
# kept but never shown), while the checker words its messages from serde's, which quote the
# bad value with Debug. Measured: −3.7 KB gzipped.
# Without rust-src (it could not be installed) the build says so and links the prebuilt library.
export RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs"
WASM_RELEASE_CARGO_FLAGS=()
WASM_APP_RUSTFLAGS=""
if [ -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  export RUSTC_BOOTSTRAP=1
  RUSTFLAGS+=" -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
  WASM_RELEASE_CARGO_FLAGS=(-Zbuild-std=std,panic_abort)
  WASM_APP_RUSTFLAGS="-Zfmt-debug=none"
else
  echo "WARNING: no rust-src: the standard library is not rebuilt and the wasm is about 17 KB larger (gzipped)" >&2
fi
