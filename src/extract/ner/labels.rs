//! The tag set: BIO over the four CoNLL types, and the rules a tag sequence obeys.

/// Entity types, in the order the model stores them.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// The index of "ORG" in [`TYPES`].
pub const ORGANISATION: usize = 1;

/// Number of tags: O, then B- and I- for each type.
pub const TAGS: usize = 1 + 2 * TYPES.len();

/// The tag `O`: outside any entity.
pub const OUTSIDE: u8 = 0;

/// The B- tag of type `t` (an index into [`TYPES`]).
pub fn begin(t: usize) -> u8 {
    (1 + 2 * t) as u8
}

/// The type of a tag, if it is inside an entity.
pub fn type_of(tag: u8) -> Option<usize> {
    (tag != OUTSIDE).then(|| (tag as usize - 1) / 2)
}

/// Whether `tag` is an I- tag.
pub fn is_inside(tag: u8) -> bool {
    tag != OUTSIDE && (tag - 1) % 2 == 1
}

/// The tag's name as CoNLL writes it ("B-PER"); for training and tests.
#[cfg(any(test, feature = "train"))]
pub fn name(tag: u8) -> String {
    match type_of(tag) {
        None => "O".to_owned(),
        Some(t) => format!("{}-{}", if is_inside(tag) { "I" } else { "B" }, TYPES[t]),
    }
}

/// Parses a CoNLL tag; IOB1's I- at an entity's start is read as written and fixed by
/// [`spans`], which reads chunks as conlleval does. For reading CoNLL files and tests.
#[cfg(any(test, feature = "train"))]
pub fn parse(tag: &str) -> Option<u8> {
    if tag == "O" {
        return Some(OUTSIDE);
    }
    let (prefix, kind) = tag.split_once('-')?;
    let t = TYPES.iter().position(|k| *k == kind)?;
    match prefix {
        "B" => Some(begin(t)),
        "I" => Some(begin(t) + 1),
        _ => None,
    }
}

/// Whether `next` may follow `prev` (`None` at a sentence start): I-X only continues X.
pub fn allowed(prev: Option<u8>, next: u8) -> bool {
    !is_inside(next) || prev.is_some_and(|p| p != OUTSIDE && type_of(p) == type_of(next))
}

/// The entities of a tag sequence as `(type, start..end)` token ranges, read as conlleval
/// reads chunks: an I- tag that does not continue an entity of its type starts one.
pub fn spans(tags: &[u8]) -> Vec<(usize, std::ops::Range<usize>)> {
    let mut out: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (i, &tag) in tags.iter().enumerate() {
        let Some(t) = type_of(tag) else { continue };
        let continues = is_inside(tag)
            && i > 0
            && type_of(tags[i - 1]) == Some(t)
            && out.last().is_some_and(|(_, r)| r.end == i);
        match out.last_mut() {
            Some((_, r)) if continues => r.end = i + 1,
            _ => out.push((t, i..i + 1)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_constraints_hold() {
        for tag in 0..TAGS as u8 {
            assert_eq!(parse(&name(tag)), Some(tag));
        }
        assert_eq!(parse("B-XYZ"), None);
        let (b_per, i_per, i_org) = (begin(0), begin(0) + 1, begin(1) + 1);
        assert!(allowed(None, b_per) && !allowed(None, i_per));
        assert!(allowed(Some(b_per), i_per) && !allowed(Some(b_per), i_org));
        assert!(!allowed(Some(OUTSIDE), i_per));
    }

    #[test]
    fn spans_read_chunks_like_conlleval() {
        let t = |s: &str| s.split(' ').map(|x| parse(x).unwrap()).collect::<Vec<_>>();
        assert_eq!(
            spans(&t("B-PER I-PER O I-LOC B-LOC I-ORG")),
            [(0, 0..2), (2, 3..4), (2, 4..5), (1, 5..6)]
        );
    }
}
