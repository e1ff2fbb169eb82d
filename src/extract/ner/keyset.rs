//! A set of 64-bit keys: in the build, a binary fuse filter that `build.rs` embedded
//! (`list_filter.rs`), read where it lies; for a list given at run time (training, tests),
//! an exact hash set. The two answer alike but for the filter's rare false positives, so a
//! model trains on the exact lists and meets in the build the same answers but for about
//! one unlisted key in 256 (8-bit fingerprints) or 65,536 (16-bit).

use super::hash::Prehashed;
use std::collections::HashSet;
use xorf::{BinaryFuse16Ref, BinaryFuse8Ref, Filter, FilterRef};

/// A key set of either origin; `R` reads an embedded filter.
pub enum KeySet<R> {
    /// Bytes `list_filter::to_bytes` wrote, embedded by `build.rs`.
    Embedded(R),
    /// Built at run time from a list.
    Exact(HashSet<u64, Prehashed>),
}

/// Keys in 8-bit fingerprints when embedded.
pub type KeySet8 = KeySet<BinaryFuse8Ref<'static>>;
/// Keys in 16-bit fingerprints when embedded (its bytes at an even address).
pub type KeySet16 = KeySet<BinaryFuse16Ref<'static>>;

impl<R: FilterRef<'static, u64> + Filter<u64>> KeySet<R> {
    /// The exact set of `keys`.
    pub fn exact(keys: &[u64]) -> KeySet<R> {
        KeySet::Exact(keys.iter().copied().collect())
    }

    /// The filter `list_filter::to_bytes` wrote.
    pub fn embedded(bytes: &'static [u8]) -> KeySet<R> {
        let (descriptor, fingerprints) = bytes.split_at(super::list_filter::DESCRIPTOR_LEN);
        KeySet::Embedded(R::from_dma(descriptor, fingerprints))
    }

    /// Whether `key` is in the set (or, in a filter, rarely collides with one that is).
    pub fn contains(&self, key: u64) -> bool {
        match self {
            KeySet::Embedded(f) => f.contains(&key),
            KeySet::Exact(keys) => keys.contains(&key),
        }
    }
}
