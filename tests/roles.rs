//! A different person or body named in the same role (`conflict/name`), through the public
//! `analyze` API on original sentences: found when each article names only its own and the
//! words around both say the same act; not for people each article mentions, nor for two
//! people who each speak.

mod common;

use common::{owned_pairs, pairs_of_kind, report};

/// A conflict expected: the name in article A and the name in article B.
type Names = Option<(&'static str, &'static str)>;

/// (what it checks, article A, article B, the conflict expected).
const CASES: &[(&str, &str, &str, Names)] = &[
    (
        "two judges chairing one inquiry",
        "The inquiry will be chaired by retired judge Miriam Oduya, who must deliver her findings within twelve weeks.",
        "Former coroner Desmond Pryce will chair the inquiry and deliver his findings within 12 weeks.",
        Some(("Miriam Oduya", "Desmond Pryce")),
    ),
    (
        "both articles name both people",
        "The inquiry will be chaired by Miriam Oduya, with Desmond Pryce as her deputy.",
        "Desmond Pryce will chair the inquiry, with Miriam Oduya as his deputy.",
        None,
    ),
    (
        "two people who each speak",
        "Mayor Ana Ruiz said the flood response had been far too slow in the lower town.",
        "Councillor Tomas Hale said the flood response had been quick in the lower town.",
        None,
    ),
];

#[test]
fn a_different_name_in_the_same_role_conflicts() {
    for (what, a, b, want) in CASES {
        let texts = [*a, *b];
        let r = report(&texts, "2025-03-05");
        let got = pairs_of_kind(&r, &texts, "conflict/name");
        let want = owned_pairs(want);
        assert_eq!(got, want, "{what}");
    }
}
