#!/usr/bin/env bash
# This file installs whatever `npm start` and `npm test` need and this machine lacks:
# a wasm32-capable Rust compiler, the matching wasm-bindgen CLI, the npm packages and,
# for tests, Chromium. Each step is skipped when its tool is already there, so a second
# run takes about a second. Usage: scripts/setup.sh [--for-tests]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

for_tests=0
[ "${1:-}" = "--for-tests" ] && for_tests=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 ||
    die "missing $* and no apt-get here; install them by hand (see docs/toolchain.md)"
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  echo "parallax setup: installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

command -v cargo >/dev/null 2>&1 || die "no cargo on PATH: install Rust from https://rustup.rs first"
command -v node >/dev/null 2>&1 || die "no node on PATH: install Node.js 20 or newer first"

# 1. A compiler that can build for wasm32.
if [ "$(detect_wasm_mode)" = std ]; then
  if ! { [ -x /usr/bin/cargo ] && [ -d "$DEBIAN_RUST_SRC/library" ] && command -v rust-lld >/dev/null 2>&1; }; then
    apt_install rustc-web cargo-web rust-web-src lld-22
  fi
fi

# The page's module is shipped LZMA-compressed (scripts/build.sh): xz, in Debian's standard set.
command -v xz >/dev/null 2>&1 || apt_install xz-utils

# 2. The wasm-bindgen CLI, at exactly the crate's version.
[ -n "$WASM_BINDGEN_VERSION" ] || die "could not read the pinned wasm-bindgen version from Cargo.toml"
have_bindgen="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_bindgen" != "$WASM_BINDGEN_VERSION" ]; then
  echo "parallax setup: installing wasm-bindgen $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  # From scripts/wasm-bindgen, whose committed Cargo.lock fixes every dependency: the CLI's
  # own lock file names a crate version crates.io no longer serves, so it cannot install
  # --locked (scripts/wasm-bindgen/Cargo.toml). --force: cargo's record of installed
  # crates may list the CLI while its binary is gone or another version.
  cli_version="$(sed -n 's/^wasm-bindgen-cli = { version = "=\([0-9.]*\)".*/\1/p' scripts/wasm-bindgen/Cargo.toml)"
  [ "$cli_version" = "$WASM_BINDGEN_VERSION" ] ||
    die "scripts/wasm-bindgen builds wasm-bindgen $cli_version but Cargo.toml pins $WASM_BINDGEN_VERSION: change both (and its Cargo.lock) together"
  # Its build goes under target/, which git ignores, not beside its sources.
  CARGO_TARGET_DIR="$(pwd)/target/wasm-bindgen-cli" cargo install --locked --quiet --force --path scripts/wasm-bindgen
  have_bindgen="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  [ "$have_bindgen" = "$WASM_BINDGEN_VERSION" ] ||
    die "wasm-bindgen $WASM_BINDGEN_VERSION was installed but \`wasm-bindgen --version\` says '$have_bindgen': put \$HOME/.cargo/bin first on PATH"
fi

# 3. npm packages, each at the exact version package.json pins: playwright-core drives the
# browser tests (it downloads no browser); @biomejs/biome formats and lints the JavaScript
# (its binary comes inside an npm package for this platform); axe-core is the accessibility
# checker the browser tests inject into the page.
npm_stale="$(node -e '
  const { existsSync, readFileSync } = require("node:fs");
  const pinned = require("./package.json").devDependencies;
  const stale = Object.entries(pinned).filter(([name, version]) => {
    const installed = `node_modules/${name}/package.json`;
    return !existsSync(installed) || JSON.parse(readFileSync(installed, "utf8")).version !== version;
  });
  console.log(stale.map(([name]) => name).join(" "));
')"
if [ -n "$npm_stale" ]; then
  echo "parallax setup: installing npm packages ($npm_stale)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 4. For tests only: a Chromium for playwright-core to drive.
if [ "$for_tests" = 1 ] && [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  apt_install chromium
fi
