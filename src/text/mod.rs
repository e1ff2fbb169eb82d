//! Text: the first stage. Normalises an article with a map back to the pasted text, finds
//! its boilerplate, splits it into sentences, and reads it once into atoms ([`Tokens`]),
//! from which every grammar, the recogniser and the word view ([`Tokens::words`]) build
//! their tokens. It hands on the normalised text, sentence ranges, boilerplate blocks and
//! the atoms, all in byte offsets of the normalised text.

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
