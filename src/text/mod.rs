//! Text: the first stage. Normalises an article's text (NFC, quotes, dashes, odd spaces)
//! with a map back to the text as pasted, finds the boilerplate that is not the story
//! (share widgets, captions, credit blocks, the dateline, bylines), splits sentences, and
//! reads the text once into atoms ([`Tokens`]), from which every grammar, the recogniser
//! and the word view ([`Tokens::words`]) build their tokens. Every range it hands on is a
//! byte range of the normalised text; the map turns it back into the pasted text's bytes.

pub mod boilerplate;
mod escapes;
mod normalize;
mod sentences;
mod tokens;
mod words;

pub use boilerplate::detect as boilerplate;
pub use normalize::Normalized;
pub use sentences::sentences;
pub use tokens::{Atom, AtomClass, Atoms, Tokens};
pub use words::{words, Word};
