#!/usr/bin/env bash
# This file builds the page: the Rust core for wasm32 (cargo feature `wasm`), then
# wasm-bindgen's JS glue, into www/pkg/ (git-ignored). www/ is then the whole static site.
#   bash scripts/build.sh         # the page's module, into www/pkg/
#   bash scripts/build.sh bench   # with `bench` (Engine.names, for scripts/bench-browser.mjs),
#                                 # into target/bench-pkg/, never into the page
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

case "${1:-page}" in
  page) features=wasm; out=www/pkg ;;
  bench) features="wasm bench"; out=target/bench-pkg ;;
  *) die "unknown build ${1}: use no argument (the page) or bench" ;;
esac
cargo_build_wasm "$features"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "$WASM_TARGET_DIR/$WASM_TARGET/release/parallax.wasm"
echo "parallax build: $out/parallax_bg.wasm $(wc -c < "$out/parallax_bg.wasm") bytes"
