//! A compact, query-ready table from word hashes to small values: the word clusters as
//! the build embeds them (`build.rs` compiles `data/ner/clusters.tsv` with it, and the
//! library reads the bytes where they lie). It is an xor retrieval table (the construction
//! of Graf and Lemire's xor filters, storing a value instead of only a fingerprint): a
//! key's entry is the xor of three 16-bit slots chosen by its hash, about 1.23 slots per
//! key, and no key is stored. Each entry holds the value in its low [`VALUE_BITS`] bits
//! and a fingerprint of the key in the rest, so a word not in the table is answered "none"
//! but for one in 2^(16 - VALUE_BITS).
//!
//! It depends on std and `hash.rs` only, so that both the build script and the library can
//! compile it.

use super::hash::{bytes, mix};

/// Bits of each entry that hold the value; the others hold the key's fingerprint.
pub const VALUE_BITS: u32 = 9;

/// Bytes before the slots: the seed (u64) and the segment length (u32), little-endian.
pub const HEADER_LEN: usize = 12;

/// The word clusters of `data/ner/clusters.tsv` (`word<TAB>coarse<TAB>fine` lines, the
/// words lower-cased): each word's hash with its fine class, and the coarse class of each
/// fine class.
///
/// # Errors
/// A line that is not three fields, a class that is not a number or too large, or a fine
/// class given two coarse classes, with its line number.
pub fn read_clusters(list: &str) -> Result<ClusterList, String> {
    let mut entries = Vec::new();
    let mut coarse = vec![u8::MAX; 1 << VALUE_BITS];
    for (n, line) in list.lines().enumerate() {
        let bad = |what: &str| format!("line {}: {what}: {line:?}", n + 1);
        let fields: Vec<&str> = line.split('\t').collect();
        let [word, c, f] = fields[..] else {
            return Err(bad("not word<TAB>coarse<TAB>fine"));
        };
        let f = f
            .parse::<u16>()
            .ok()
            .filter(|f| u32::from(*f) < 1 << VALUE_BITS)
            .ok_or_else(|| bad("the fine class is not a number under 512"))?;
        let c = c
            .parse::<u8>()
            .ok()
            .filter(|c| *c < u8::MAX)
            .ok_or_else(|| bad("the coarse class is not a number under 255"))?;
        match &mut coarse[usize::from(f)] {
            slot @ &mut u8::MAX => *slot = c,
            slot if *slot == c => {}
            _ => return Err(bad("this fine class has another coarse class above")),
        }
        entries.push((bytes(word.as_bytes()), f));
    }
    Ok(ClusterList { entries, coarse })
}

/// What [`read_clusters`] reads.
pub struct ClusterList {
    /// Each word's hash with its fine class.
    pub entries: Vec<(u64, u16)>,
    /// The coarse class of each fine class.
    pub coarse: Vec<u8>,
}

/// The three slots and the fingerprint of `key` in a table of three segments of
/// `segment` slots built with `seed`.
fn place(key: u64, seed: u64, segment: usize) -> ([usize; 3], u16) {
    let h = mix(key, seed);
    // In u64: the product overflows a 32-bit usize (wasm32) for tables of over 2,048 slots.
    let reduce = |bits: u64| (((bits & 0x1f_ffff) * segment as u64) >> 21) as usize;
    let slots = [
        reduce(h),
        segment + reduce(h >> 21),
        2 * segment + reduce(h >> 42),
    ];
    // The key is itself a hash: its top bits are the fingerprint.
    (slots, (key >> (64 - (16 - VALUE_BITS))) as u16)
}

/// Builds the table of `entries` (unique keys, values under 2^[`VALUE_BITS`]) as bytes: the
/// header, then the slots as little-endian u16.
///
/// # Panics
/// If a key repeats or a value is too large, or if no seed of many works (which for
/// unique keys does not happen).
#[cfg_attr(not(test), allow(dead_code))] // build.rs builds the embedded table
pub fn build(entries: &[(u64, u16)]) -> Vec<u8> {
    assert!(
        entries.iter().all(|&(_, v)| u32::from(v) < 1 << VALUE_BITS),
        "values fit in {VALUE_BITS} bits"
    );
    let n = entries.len();
    let segment = (n * 123 / 300).max(4) + 4;
    for seed in 0..1_000u64 {
        if let Some(slots) = assign(entries, seed, segment) {
            let mut out = Vec::with_capacity(HEADER_LEN + 2 * slots.len());
            out.extend_from_slice(&seed.to_le_bytes());
            out.extend_from_slice(&(segment as u32).to_le_bytes());
            out.extend(slots.iter().flat_map(|s| s.to_le_bytes()));
            return out;
        }
    }
    panic!("no seed builds the table: do keys repeat?")
}

/// Peels the keys' hypergraph and assigns the slots, or `None` if this seed leaves a core.
#[cfg_attr(not(test), allow(dead_code))]
fn assign(entries: &[(u64, u16)], seed: u64, segment: usize) -> Option<Vec<u16>> {
    let size = 3 * segment;
    let places: Vec<([usize; 3], u16)> = entries
        .iter()
        .map(|&(k, _)| place(k, seed, segment))
        .collect();
    let mut count = vec![0u32; size];
    let mut xor = vec![0usize; size];
    for (i, (slots, _)) in places.iter().enumerate() {
        for &s in slots {
            count[s] += 1;
            xor[s] ^= i;
        }
    }
    let mut queue: Vec<usize> = (0..size).filter(|&s| count[s] == 1).collect();
    let mut order = Vec::with_capacity(entries.len());
    while let Some(s) = queue.pop() {
        if count[s] != 1 {
            continue;
        }
        let i = xor[s];
        order.push((i, s));
        for &t in &places[i].0 {
            count[t] -= 1;
            xor[t] ^= i;
            if count[t] == 1 {
                queue.push(t);
            }
        }
    }
    if order.len() != entries.len() {
        return None;
    }
    let mut slots = vec![0u16; size];
    for &(i, s) in order.iter().rev() {
        let ([a, b, c], fingerprint) = places[i];
        let entry = fingerprint << VALUE_BITS | entries[i].1;
        // Slot s is one of the three, still 0: the three now xor to the entry.
        slots[s] = entry ^ slots[a] ^ slots[b] ^ slots[c];
    }
    Some(slots)
}

/// A table [`build`] wrote, read where it lies.
#[derive(Clone, Copy)]
pub struct ClassTable<'a> {
    seed: u64,
    segment: usize,
    slots: &'a [u8],
}

impl<'a> ClassTable<'a> {
    /// Reads the header of `bytes`.
    ///
    /// # Panics
    /// If the bytes are not a table [`build`] wrote (the build embeds one it just built).
    pub fn new(bytes: &'a [u8]) -> ClassTable<'a> {
        let (header, slots) = bytes.split_at(HEADER_LEN);
        let seed = u64::from_le_bytes(header[..8].try_into().unwrap());
        let segment = u32::from_le_bytes(header[8..].try_into().unwrap()) as usize;
        assert_eq!(slots.len(), 6 * segment, "a class table's length");
        ClassTable {
            seed,
            segment,
            slots,
        }
    }

    /// The value of `key`, or `None` for a key not in the table (but for the rare key
    /// whose fingerprint matches by chance).
    pub fn get(&self, key: u64) -> Option<u16> {
        let (slots, fingerprint) = place(key, self.seed, self.segment);
        let entry = slots.iter().fold(0u16, |acc, &s| {
            acc ^ u16::from_le_bytes([self.slots[2 * s], self.slots[2 * s + 1]])
        });
        (entry >> VALUE_BITS == fingerprint).then_some(entry & ((1 << VALUE_BITS) - 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_gets_its_value_and_others_mostly_none() {
        let entries: Vec<(u64, u16)> = (0..20_000u64)
            .map(|i| (mix(i, 99), (i % 512) as u16))
            .collect();
        let bytes = build(&entries);
        assert!(
            bytes.len() < HEADER_LEN + 2 * 20_000 * 126 / 100,
            "{}",
            bytes.len()
        );
        let table = ClassTable::new(&bytes);
        for &(k, v) in &entries {
            assert_eq!(table.get(k), Some(v));
        }
        let strays = (0..100_000u64)
            .filter(|&i| table.get(mix(i, 7)).is_some())
            .count();
        // One in 128 by chance (7 fingerprint bits).
        assert!((500..=1_100).contains(&strays), "{strays}");
    }

    #[test]
    fn an_empty_table_answers_none() {
        let bytes = build(&[]);
        assert_eq!(ClassTable::new(&bytes).get(mix(1, 2)), None);
    }
}
