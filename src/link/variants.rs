//! Spelling variants: two written forms close enough to be one name mistyped ("Mail" for
//! Mali, "Okafur" for Okafor). Closeness is the optimal-string-alignment distance (edits
//! plus swaps of neighbouring letters) on the lower-cased forms.

/// The edit distance between `a` and `b`, counting a swap of two neighbouring characters
/// as one edit; `None` when it exceeds `limit` (computed only that far).
pub fn distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in d.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        d[i * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    let n = d[a.len() * width + b.len()];
    (n <= limit).then_some(n)
}

/// How many edits a name of `len` characters may differ by and still be a misspelling:
/// none below four letters (too many real names are that close), one up to seven, two
/// beyond.
pub fn allowed_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_swaps_as_one_edit() {
        assert_eq!(distance("mail", "mali", 2), Some(1));
        assert_eq!(distance("okafur", "okafor", 2), Some(1));
        assert_eq!(distance("lindmrak", "lindmark", 2), Some(1));
        assert_eq!(distance("keita", "keith", 1), Some(1));
        assert_eq!(distance("keita", "kouyate", 2), None);
        assert_eq!(distance("abc", "abcdef", 2), None);
        assert_eq!(
            [allowed_edits(3), allowed_edits(4), allowed_edits(9)],
            [0, 1, 2]
        );
    }
}
