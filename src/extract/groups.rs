//! Groups named by nationality or demonym ("Norwegians", "the French", "Malian troops"),
//! with the country they point to, from the table in `data/demonyms.tsv`.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Lower-cased demonym or adjective -> country, built once from the embedded table.
static DEMONYMS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    include_str!("../../data/demonyms.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.split_once('\t'))
        .map(|(demonym, country)| (demonym.to_lowercase(), country))
        .collect()
});

/// The country that `name` (a demonym, singular or plural, any case) points to.
pub fn country(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    let lookup = |w: &str| DEMONYMS.get(w).copied();
    lookup(&lower)
        .or_else(|| lower.strip_suffix('s').and_then(lookup))
        .or_else(|| {
            lower
                .strip_suffix("men")
                .and_then(|w| lookup(&format!("{w}man")))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singular_plural_and_irregular_forms() {
        for (name, expected) in [
            ("Norwegians", Some("Norway")),
            ("Norwegian", Some("Norway")),
            ("FRENCH", Some("France")),
            ("Frenchmen", Some("France")),
            ("Malians", Some("Mali")),
            ("South Africans", Some("South Africa")),
            ("Swiss", Some("Switzerland")),
            ("Selwynians", None),
            ("Mali", None),
        ] {
            assert_eq!(country(name), expected, "{name}");
        }
    }

    #[test]
    fn every_table_line_has_a_demonym_and_a_country() {
        for line in include_str!("../../data/demonyms.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (d, c) = line.split_once('\t').expect("tab-separated");
            assert!(!d.trim().is_empty() && !c.trim().is_empty(), "{line:?}");
        }
    }
}
