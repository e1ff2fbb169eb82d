//! An index of names by their spellings, so that a name's possible misspellings are looked
//! up, not searched for among every other name (issue 19: comparing every group with every
//! other made linking quadratic).
//!
//! Two strings within [`MAX_EDITS`] edits of each other, counting a swap of neighbouring
//! characters as one edit (the distance of `variants::distance`), become one string after
//! deleting at most [`MAX_EDITS`] characters from each: an optimal alignment is a run of
//! matches, substitutions, insertions, deletions and swaps, none overlapping; deleting the
//! substituted character from both, the inserted one from the longer and one of the two
//! swapped characters from both leaves the matches alone, at one deletion a side per edit.
//! So the index holds, for each name, every string it becomes with up to [`MAX_EDITS`]
//! deletions (as hashes, the count of deletions folded in), and a lookup within `limit` edits
//! returns the names that share one made with at most `limit` deletions and that begin
//! with the same character as the query (every misspelling rule asks that): every such
//! name within the limit, and some that are not (the caller measures the distance).
//! Names longer than [`LONG`] characters, whose deletions would be many, are kept apart in a
//! list sorted by first character and length, of which a query reads only the names of about
//! its own length; a query too long to be near any shorter name makes no deletions at all (a
//! "name" of thousands of characters would otherwise make millions).

/// The most edits a misspelling may have (`variants::allowed_edits` never allows more).
pub const MAX_EDITS: usize = 2;

use crate::compare::maps::HashMap;

/// Characters beyond which a name is not expanded into its deletions but listed.
const LONG: usize = 32;

/// The most names a lookup returns: a name with more names within reach than this stands
/// among many alike (invented or generated text, lists of codes), where a letter or two
/// apart is no sign of a misspelling, and reading them all would make the lookups, one per
/// name, cost the square of the names.
pub const CROWD: usize = 16;

/// Names, each by an id, found by their spellings.
pub struct Nearby {
    /// For each hash of a string some name becomes with up to [`MAX_EDITS`] deletions
    /// (the count of deletions folded in), where the names that do stand in `names`
    /// (start, count).
    slots: HashMap<u64, (u32, u32)>,
    /// The id of each name under each hash, a hash's names side by side.
    names: Vec<u32>,
    /// (first character, length in characters, id) of the names longer than [`LONG`],
    /// sorted.
    long: Vec<(Option<char>, usize, u32)>,
}

impl Nearby {
    /// The index of `names`, each with its id.
    pub fn new<'a>(names: impl IntoIterator<Item = (u32, &'a str)>) -> Nearby {
        let mut entries: Vec<(u64, u32)> = Vec::new();
        let mut long = Vec::new();
        for (id, name) in names {
            let chars: Vec<char> = name.chars().collect();
            if chars.len() > LONG {
                long.push((chars.first().copied(), chars.len(), id));
            } else {
                deletions(&chars, MAX_EDITS, &mut |d, h| {
                    entries.push((with_deletions(h, d), id))
                });
            }
        }
        // Count each hash's names, give each hash its place, then fill the places.
        let mut slots: HashMap<u64, (u32, u32)> = HashMap::default();
        for &(h, ..) in &entries {
            slots.entry(h).or_default().1 += 1;
        }
        let mut start = 0;
        for slot in slots.values_mut() {
            let count = slot.1;
            *slot = (start, 0);
            start += count;
        }
        crate::sorting::sort(&mut long);
        let mut placed = vec![0; entries.len()];
        for (h, id) in entries {
            let slot = slots.get_mut(&h).expect("every hash was counted");
            placed[(slot.0 + slot.1) as usize] = id;
            slot.1 += 1;
        }
        Nearby {
            slots,
            names: placed,
            long,
        }
    }

    /// The ids of the names that begin with the same character as `name` and may be within
    /// `limit` edits of it (at most [`MAX_EDITS`]): every one that is, in ascending order,
    /// each once; `None` when they are more than [`CROWD`].
    pub fn candidates(&self, name: &str, limit: usize) -> Option<Vec<u32>> {
        let limit = limit.min(MAX_EDITS);
        let chars: Vec<char> = name.chars().collect();
        // The names found, each once: a lookup stops as soon as they are a crowd, so a
        // crowded name costs no more than a lone one.
        let mut out: Vec<u32> = Vec::new();
        let add = |out: &mut Vec<u32>, id: u32| {
            if out.len() <= CROWD && !out.contains(&id) {
                out.push(id);
            }
        };
        // A name of at most LONG characters is within `limit` edits only of a query of at
        // most LONG + limit.
        if chars.len() <= LONG + limit {
            deletions(&chars, limit, &mut |_, h| {
                for d in 0..=limit {
                    if out.len() > CROWD {
                        return;
                    }
                    if let Some(&(start, count)) = self.slots.get(&with_deletions(h, d)) {
                        for &id in &self.names[start as usize..(start + count) as usize] {
                            add(&mut out, id);
                        }
                    }
                }
            });
        }
        let first = chars.first().copied();
        let low = (first, chars.len().saturating_sub(limit), 0);
        let from = self.long.partition_point(|entry| *entry < low);
        for &(_, _, id) in self.long[from..]
            .iter()
            .take_while(|&&(f, len, _)| f == first && len <= chars.len() + limit)
        {
            if out.len() > CROWD {
                break;
            }
            add(&mut out, id);
        }
        if out.len() > CROWD {
            return None;
        }
        crate::sorting::sort(&mut out);
        Some(out)
    }
}

/// Calls `each` with how many characters were deleted and the hash of every string
/// `chars` becomes with up to `most` deletions (the same string may come more than once),
/// its first character, kept or not, folded in.
fn deletions(chars: &[char], most: usize, each: &mut dyn FnMut(usize, u64)) {
    let n = chars.len();
    let first = chars.first().map_or(0, |&c| u64::from(c));
    let mut emit = |d: usize, skip: (usize, usize)| each(d, hash(chars, skip, first));
    emit(0, (n, n));
    let ones = if most >= 1 { n } else { 0 };
    for i in 0..ones {
        emit(1, (i, n));
        if most >= 2 {
            for j in i + 1..n {
                emit(2, (i, j));
            }
        }
    }
}

/// `h` with the count of deletions that made its string folded in, so that a lookup within
/// `limit` edits reads only the names that many deletions made it from, never a crowd made
/// with more.
fn with_deletions(h: u64, d: usize) -> u64 {
    (h ^ d as u64).wrapping_mul(0x0100_0000_01b3)
}

/// FNV-1a of `chars` without the characters at the positions `skip` (positions past the
/// end skip nothing), with `seed` (the first character) and the count kept folded in.
fn hash(chars: &[char], skip: (usize, usize), seed: u64) -> u64 {
    let step = |h: u64, x: u64| (h ^ x).wrapping_mul(0x0100_0000_01b3);
    let mut h = step(0xcbf2_9ce4_8422_2325, seed);
    let mut kept = 0u64;
    for (i, &c) in chars.iter().enumerate() {
        if i == skip.0 || i == skip.1 {
            continue;
        }
        kept += 1;
        h = step(h, u64::from(c));
    }
    step(h, kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::variants::distance;

    /// Names one to two edits apart (a swap among them), and some far.
    const NAMES: &[&str] = &[
        "mali", "mail", "okafor", "okafur", "lindmark", "lindmrak", "keita", "keith", "kouyate",
        "abc", "abcdef", "ferrant", "ferant", "dornbach", "dornbeck", "", "a",
    ];

    #[test]
    fn finds_every_name_within_two_edits() {
        let index = Nearby::new(NAMES.iter().enumerate().map(|(i, n)| (i as u32, *n)));
        for query in NAMES.iter().chain(&["maliq", "xyz", "dronbach", "okfaur"]) {
            for limit in 1..=MAX_EDITS {
                let found = index.candidates(query, limit).expect("few names");
                for (i, name) in NAMES.iter().enumerate() {
                    let same_start = name.chars().next() == query.chars().next();
                    if same_start && distance(query, name, limit).is_some() {
                        assert!(
                            found.contains(&(i as u32)),
                            "{query:?} should find {name:?} within {limit}, found {found:?}"
                        );
                    }
                }
            }
        }
        // A far name is not a candidate.
        assert!(!index.candidates("mali", 2).unwrap().contains(&8));
        // One edit away is found within one edit; two away only within two.
        assert!(index.candidates("dronbach", 1).unwrap().contains(&13));
        assert!(!index.candidates("dornbach", 1).unwrap().contains(&14));
        assert!(index.candidates("dornbach", 2).unwrap().contains(&14));
    }

    #[test]
    fn long_names_are_read_whole() {
        let long = "the very long name of an organisation that goes on";
        let longer = "the very long name of an organisation that goes on.";
        let index = Nearby::new([(0, long), (1, "short")]);
        assert_eq!(index.candidates(longer, 1), Some(vec![0]));
        assert!(index.candidates("shrt", 1).unwrap().contains(&1));
    }

    #[test]
    fn a_name_among_many_alike_has_none() {
        // "kaXa" for every letter X: each within one edit of all the others.
        let names: Vec<String> = ('a'..='z').map(|c| format!("ka{c}a")).collect();
        let index = Nearby::new(
            names
                .iter()
                .enumerate()
                .map(|(i, n)| (i as u32, n.as_str())),
        );
        assert_eq!(index.candidates("kaba", 1), None);
        let few = Nearby::new(
            names[..CROWD]
                .iter()
                .enumerate()
                .map(|(i, n)| (i as u32, n.as_str())),
        );
        assert_eq!(few.candidates("kaba", 1).map(|c| c.len()), Some(CROWD));
    }

    #[test]
    fn names_either_side_of_the_long_mark_find_each_other() {
        let short = "a".repeat(LONG);
        let long = "a".repeat(LONG + 2);
        let index = Nearby::new([(0, short.as_str()), (1, long.as_str())]);
        assert_eq!(index.candidates(&"a".repeat(LONG + 1), 1), Some(vec![0, 1]));
        assert_eq!(index.candidates(&"a".repeat(LONG + 2), 2), Some(vec![0, 1]));
        assert_eq!(index.candidates(&"a".repeat(LONG + 3), 1), Some(vec![1]));
    }

    #[test]
    fn a_query_of_thousands_of_characters_reads_only_names_of_its_length() {
        // Made into its deletions, this query would be about 50 million strings of 10,000
        // characters each (the fuzzing shape that took 100 s).
        let huge = "lorem ipsum ".repeat(833);
        let near = format!("{huge}x");
        let index = Nearby::new([
            (0, "lorem"),
            (1, near.as_str()),
            (2, "lorem ipsum lorem ipsum lorem ipsum lorem"),
        ]);
        assert_eq!(index.candidates(&huge, 2), Some(vec![1]));
    }
}
