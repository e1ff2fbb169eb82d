//! Word-level differences (the `similar` crate's Myers diff over word ids), with
//! each piece cut from the pasted text so case and punctuation stay as written.

use crate::document::Document;
use crate::vocabulary::vocabulary;
use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, DiffTag};
use std::ops::Range;

vocabulary! {
    /// What a stretch of a difference is.
    pub enum DiffOp {
        /// In both texts.
        Same = "same",
        /// Only in the first text.
        Removed = "removed",
        /// Only in the second text.
        Added = "added",
    }
}

/// One stretch of a word-level difference between two texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffPiece {
    /// What it is.
    pub op: DiffOp,
    /// The words, as written in the text they come from.
    pub text: String,
}

/// A run of words: their ids (equal when the lower-cased words are), their byte ranges,
/// and their document. Ids, not strings, so that the diff is compiled once (the wasm
/// module carries one copy of `similar`'s Myers diff per word type).
#[derive(Clone, Copy)]
pub struct Words<'a> {
    /// The words' ids.
    pub words: &'a [u32],
    /// Byte range of each word in the document's normalised text.
    pub spans: &'a [Range<usize>],
    /// The document they are in.
    pub doc: &'a Document<'a>,
}

impl Words<'_> {
    fn cut(&self, r: Range<usize>) -> String {
        self.doc
            .as_written(self.spans[r.start].start..self.spans[r.end - 1].end)
            .to_string()
    }
}

/// The difference from `x` to `y`: `same`, `removed` (only in x) and `added` (only in y).
pub fn words(x: Words, y: Words) -> Vec<DiffPiece> {
    let mut out = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, x.words, y.words) {
        let (tag, old, new) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => out.push(DiffPiece {
                op: DiffOp::Same,
                text: x.cut(old),
            }),
            DiffTag::Delete => out.push(DiffPiece {
                op: DiffOp::Removed,
                text: x.cut(old),
            }),
            DiffTag::Insert => out.push(DiffPiece {
                op: DiffOp::Added,
                text: y.cut(new),
            }),
            DiffTag::Replace => {
                out.push(DiffPiece {
                    op: DiffOp::Removed,
                    text: x.cut(old),
                });
                out.push(DiffPiece {
                    op: DiffOp::Added,
                    text: y.cut(new),
                });
            }
        }
    }
    out
}

/// The replaced stretches of a difference: (words of x, words of y) index ranges where
/// one wording stands in for another, between the words' ids.
pub fn replacements(x: &[u32], y: &[u32]) -> Vec<(Range<usize>, Range<usize>)> {
    capture_diff_slices(Algorithm::Myers, x, y)
        .into_iter()
        .filter_map(|op| match op.as_tag_tuple() {
            (DiffTag::Replace, old, new) => Some((old, new)),
            _ => None,
        })
        .collect()
}
