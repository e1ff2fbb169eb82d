//! Text: the first stage. Normalises an article's text (NFC, quotes, dashes, odd spaces)
//! with a map back to the text as pasted, finds the boilerplate that is not the story
//! (share widgets, captions, credit blocks, the dateline, bylines), splits sentences and
//! words. Every range it hands on is a byte range of the normalised text; the map turns
//! it back into the pasted text's bytes.

pub mod boilerplate;
mod normalize;
mod sentences;
mod words;

pub use boilerplate::detect as boilerplate;
pub use normalize::Normalized;
pub use sentences::sentences;
pub use words::{words, Word};
