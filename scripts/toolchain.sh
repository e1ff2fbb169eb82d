# This file is sourced by setup.sh, build.sh and test.sh: it finds the tools the build needs
# and says, in WASM_MODE, which way this machine builds Rust for wasm32:
#   rustup - the rustup toolchain has the wasm32-unknown-unknown standard library;
#   std    - it has not (rustup cannot download it here), so Debian's rustc-web builds the
#            standard library from source with -Zbuild-std (see docs/toolchain.md).
# It installs nothing; setup.sh does.

# A login shell on a fresh machine may not have rustup's bin on PATH yet.
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi

WASM_TARGET=wasm32-unknown-unknown
# The wasm build gets its own target folder: the two compilers must not share artefacts.
WASM_TARGET_DIR="$(pwd)/target/wasm"
DEBIAN_RUST_SRC=/usr/lib/rustlib/src/rust

# The wasm-bindgen CLI must match the wasm-bindgen crate exactly; Cargo.toml pins it with '='.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n 1)"

die() { printf 'parallax setup: %s\n' "$*" >&2; exit 1; }

# Prints "rustup" when rustup's compiler can target wasm32, else "std".
detect_wasm_mode() {
  if command -v rustc >/dev/null 2>&1 &&
     [ -d "$(rustc --print sysroot 2>/dev/null)/lib/rustlib/$WASM_TARGET/lib" ]; then
    echo rustup
  else
    echo std
  fi
}

# Builds the library for wasm32 into $WASM_TARGET_DIR, whichever way this machine can, with
# the cargo features given (default: wasm, the page's adapter), from Cargo.lock as committed
# (--locked: a build never picks other versions of the dependencies than those reviewed).
cargo_build_wasm() {
  local features="${1:-wasm}"
  case "$(detect_wasm_mode)" in
    rustup)
      CARGO_TARGET_DIR="$WASM_TARGET_DIR" cargo build --locked --lib --release --no-default-features --features "$features" --target "$WASM_TARGET" ;;
    std)
      PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$WASM_TARGET_DIR" \
        /usr/bin/cargo build --locked --lib --release --no-default-features --features "$features" --target "$WASM_TARGET" -Zbuild-std=std,panic_abort ;;
  esac
}
