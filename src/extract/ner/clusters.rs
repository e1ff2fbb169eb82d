//! Word clusters as a feature: the class the exchange algorithm (`exchange.rs`) gave each
//! word on unlabelled text (`data/ner/clusters.tsv`, made by `parallax-train clusters`), a
//! fine one (512 classes) and the coarse class (32) that holds it. A word the labelled
//! data rarely or never shows ("Ruto") shares its class with words it does ("Keita"), so
//! what the model learned of them carries over.

use super::class_table::{read_clusters, ClassTable, ClusterList};
use super::hash::Prehashed;
use std::collections::HashMap;

/// The classes of lower-cased words.
pub struct Clusters {
    fine: Fine,
    /// The coarse class of each fine class.
    coarse: Vec<u8>,
}

/// Where the fine classes are read.
enum Fine {
    /// The table `build.rs` embedded (`class_table.rs`).
    Embedded(ClassTable<'static>),
    /// Built at run time from a list (training, tests): exact.
    Exact(HashMap<u64, u16, Prehashed>),
}

impl Default for Clusters {
    fn default() -> Clusters {
        Clusters {
            fine: Fine::Exact(HashMap::default()),
            coarse: Vec::new(),
        }
    }
}

impl Clusters {
    /// Reads `word<TAB>coarse<TAB>fine` lines.
    ///
    /// # Errors
    /// As [`read_clusters`].
    pub fn parse(list: &str) -> Result<Clusters, String> {
        let ClusterList { entries, coarse } = read_clusters(list)?;
        Ok(Clusters {
            fine: Fine::Exact(entries.into_iter().collect()),
            coarse,
        })
    }

    /// The clusters from what `build.rs` wrote: the table and the coarse class of each
    /// fine class.
    pub fn embedded(table: &'static [u8], coarse: &'static [u8]) -> Clusters {
        Clusters {
            fine: Fine::Embedded(ClassTable::new(table)),
            coarse: coarse.to_vec(),
        }
    }

    /// The coarse and fine class of a lower-cased word by its hash, each 1-based; 0 for a
    /// word not clustered.
    pub fn of(&self, lower: u64) -> [u16; 2] {
        let fine = match &self.fine {
            Fine::Embedded(table) => table.get(lower),
            Fine::Exact(map) => map.get(&lower).copied(),
        };
        fine.map_or([0, 0], |f| {
            [u16::from(self.coarse[usize::from(f)]) + 1, f + 1]
        })
    }
}
