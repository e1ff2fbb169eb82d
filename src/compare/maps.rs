//! Hash maps and sets for the comparison's own keys (article and sentence positions, word
//! ids, words), with the Fx hash of rustc instead of std's SipHash: the comparison hashes
//! millions of small keys for 100 articles, SipHash's resistance to crafted keys buys
//! nothing there (the keys come from the articles' own positions and words, and a slow
//! lookup is all a crafted text could cause), and it was a tenth of the run. Nothing here
//! depends on the order a map is walked in (std's maps already walk in a random order).

use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`Fx`] hashing; make one with `default()`.
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fx>>;
/// A `HashSet` with [`Fx`] hashing; make one with `default()`.
pub type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fx>>;

/// The multiplier of rustc's Fx hash.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The Fx hash: each word of input rotated into the state and multiplied; not keyed.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let mut rest = [0u8; 8];
        let tail = chunks.remainder();
        if !tail.is_empty() {
            rest[..tail.len()].copy_from_slice(tail);
            self.add(u64::from_le_bytes(rest) ^ ((tail.len() as u64) << 56));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u16(&mut self, n: u16) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_hash_apart_and_maps_work() {
        let hash = |s: &str| {
            let mut h = Fx::default();
            h.write(s.as_bytes());
            h.finish()
        };
        assert_ne!(hash("ab"), hash("ab\0"));
        assert_ne!(hash("protesters"), hash("protester"));
        let mut m: HashMap<(usize, usize), u32> = HashMap::default();
        for i in 0..1000 {
            *m.entry((i % 7, i % 11)).or_default() += 1;
        }
        assert_eq!(m.len(), 77);
        assert_eq!(m.values().sum::<u32>(), 1000);
    }
}
