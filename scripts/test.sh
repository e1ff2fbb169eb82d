#!/usr/bin/env bash
# This file runs every test and check, in the order that fails fastest: formatting and lints
# (rustfmt and clippy for Rust, Biome for the JavaScript and CSS, configured in biome.json),
# the Rust tests (core, binaries, the rule evaluation sets), the canonical case on the shared seed
# articles when they are present, the Node tests of the built wasm module, and the browser
# tests in headless Chromium. It expects scripts/build.sh to have run (npm test does both).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

cargo fmt --check
npx --no-install biome ci --error-on-warnings
# Every cargo command that resolves dependencies runs --locked: with Cargo.lock as committed.
# The default build; every feature (the trainer, the wasm adapter and its bench extra,
# natively); the library as the wasm build compiles it.
cargo clippy --locked --quiet --all-targets -- -D warnings
cargo clippy --locked --quiet --all-targets --all-features -- -D warnings
cargo clippy --locked --quiet --lib --no-default-features --features wasm -- -D warnings
# With every feature, so the trainer's tests run too. The rule sets' and comparison
# fixtures' guards are tests (tests/eval.rs, tests/compare.rs).
cargo test --locked --quiet --all-features
# The recogniser on CoNLL-2003 dev, where the data is on this machine (it is not in the repo).
if [ -f ../shared/data/conll2003/dev.txt ]; then
  cargo run --locked --quiet --release --features train --bin parallax-train -- \
    eval-ner ../shared/data/conll2003/dev.txt --min-f1 91
fi
if [ -d ../shared/seeds ]; then
  node scripts/check-seeds.mjs ../shared/seeds
fi
node --test tests/node/
node --test --test-concurrency=1 tests/e2e/
