#!/usr/bin/env bash
# This file builds the page: the Rust core for wasm32, then wasm-bindgen's JS glue, into
# www/pkg/ (git-ignored). www/ is then the whole static site.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

cargo_build_wasm
wasm-bindgen --target web --no-typescript --out-dir www/pkg \
  "$WASM_TARGET_DIR/$WASM_TARGET/release/parallax.wasm"
echo "parallax build: www/pkg/parallax_bg.wasm $(wc -c < www/pkg/parallax_bg.wasm) bytes"
