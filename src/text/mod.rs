//! Text: the first stage. Splits an article into sentences and words, keeping byte offsets
//! into the original text.
//!
//! It does not change the text: later stages see the pasted bytes and report spans into
//! them. Normalisation with an offset map and boilerplate stripping come with the
//! text-and-rules issue; this stage hands on sentence ranges and word tokens.

pub mod boilerplate;
mod normalize;
mod sentences;
mod tokens;
mod words;

pub use boilerplate::detect as boilerplate;
pub use normalize::Normalized;
pub use sentences::sentences;
pub use tokens::{Atom, AtomClass, Tokens};
pub use words::{words, Word};
