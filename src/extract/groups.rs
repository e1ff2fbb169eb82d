//! Groups named by nationality or demonym ("Norwegians", "the French", "Malian troops"),
//! with the country they point to, from the table in `data/demonyms.tsv`.

use crate::lexicon::TableList;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Lower-cased demonym or adjective -> country, built once from the table.
static DEMONYMS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    TableList::Demonyms
        .table()
        .rows()
        .map(|row| (row[0].to_lowercase(), row[1]))
        .collect()
});

/// The country that `name` (a demonym, singular or plural, any case) points to.
pub fn country(name: &str) -> Option<&'static str> {
    country_of_lower(&name.to_lowercase())
}

/// [`country`] for a name already in lower case.
pub fn country_of_lower(lower: &str) -> Option<&'static str> {
    let lookup = |w: &str| DEMONYMS.get(w).copied();
    lookup(lower)
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
}
