#!/usr/bin/env bash
# This file builds the page: the Rust core for wasm32 (cargo feature `wasm`), then
# wasm-bindgen's JS glue, into www/pkg/ (git-ignored). www/ is then the whole static site.
# The page build also writes dist/parallax.html (git-ignored, scripts/offline.mjs): the page in
# one file, wasm inlined, that works opened from disk with the network off.
#   bash scripts/build.sh         # the page's module, into www/pkg/
#   bash scripts/build.sh bench   # with `bench` (Engine.names, for scripts/bench-browser.mjs),
#                                 # into target/bench-pkg/, never into the page
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

# The page's module drops the wasm "name" section (function names for stack traces: about
# 190 KB a visitor would download for nothing); the bench build keeps it, for profiling.
case "${1:-page}" in
  page) features=wasm; out=www/pkg; bindgen=(--remove-name-section) ;;
  bench) features="wasm bench"; out=target/bench-pkg; bindgen=() ;;
  *) die "unknown build ${1}: use no argument (the page) or bench" ;;
esac
cargo_build_wasm "$features"
wasm-bindgen --target web --no-typescript ${bindgen[@]+"${bindgen[@]}"} --out-dir "$out" \
  "$WASM_TARGET_DIR/$WASM_TARGET/release/parallax.wasm"
echo "parallax build: $out/parallax_bg.wasm $(wc -c < "$out/parallax_bg.wasm") bytes"
# The page downloads the module LZMA-compressed (www/lzma.js decodes it as it arrives): about
# a fifth smaller than gzipped. The page build only; the bench build's pkg is read from disk.
if [ "$out" = www/pkg ]; then
  xz --format=lzma -9e --stdout "$out/parallax_bg.wasm" > "$out/parallax_bg.wasm.lzma"
  echo "parallax build: $out/parallax_bg.wasm.lzma $(wc -c < "$out/parallax_bg.wasm.lzma") bytes"
fi
# The offline file, from the page just built; it prints its own size.
if [ "$out" = www/pkg ]; then
  node scripts/offline.mjs
fi
