//! Learning word clusters from unlabelled text (feature `train`): the exchange algorithm
//! (Kneser and Ney 1993; Martin, Liebermann and Ney 1998), which puts each word in one
//! of a fixed number of classes so that a bigram model over the classes explains the
//! text best. Words that occur in the same company ("Thursday" and "Friday"; "Ruto" and
//! "Keita") end in one class, so the recogniser can learn from a class what its labelled
//! data shows of only some of the words in it.
//!
//! The objective is the class bigram log-likelihood up to terms that do not depend on
//! the classes: Σ f(N(g, h)) − Σ f(N(g, ·)) − Σ f(N(·, h)), f(x) = x ln x, over class
//! pair counts N. A word is taken out of its class, and put in whichever class raises
//! the objective most; passes over the vocabulary, most frequent word first, repeat until
//! few words move.

use std::collections::HashMap;

/// The settings of one clustering.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Number of classes.
    pub classes: usize,
    /// At most this many passes over the vocabulary.
    pub passes: usize,
    /// Stop once a pass moves fewer than this share of the words.
    pub settle: f64,
}

/// Word ids for a text: ids in order of frequency, most frequent first, words rarer
/// than `min_count` all one id, the last.
pub struct Vocabulary {
    /// The words kept, most frequent first.
    pub words: Vec<String>,
    /// Each sentence as word ids, with a boundary id at both ends.
    pub sentences: Vec<Vec<u32>>,
}

impl Vocabulary {
    /// Numbers the words of `sentences` (already lower-cased as the caller wants them):
    /// the id `words.len()` is the sentence boundary, `words.len() + 1` every rare word.
    pub fn new(sentences: &[Vec<String>], min_count: u32) -> Vocabulary {
        let mut counts: HashMap<&str, u32> = HashMap::new();
        for s in sentences {
            for w in s {
                *counts.entry(w.as_str()).or_default() += 1;
            }
        }
        let mut words: Vec<(&str, u32)> = counts
            .into_iter()
            .filter(|&(_, n)| n >= min_count)
            .collect();
        crate::sorting::sort_by(&mut words, |a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let ids: HashMap<&str, u32> = words
            .iter()
            .enumerate()
            .map(|(i, (w, _))| (*w, i as u32))
            .collect();
        let boundary = words.len() as u32;
        let rare = boundary + 1;
        let sentences = sentences
            .iter()
            .map(|s| {
                let mut ids: Vec<u32> = std::iter::once(boundary)
                    .chain(s.iter().map(|w| *ids.get(w.as_str()).unwrap_or(&rare)))
                    .collect();
                ids.push(boundary);
                ids
            })
            .collect();
        Vocabulary {
            words: words.into_iter().map(|(w, _)| w.to_owned()).collect(),
            sentences,
        }
    }
}

/// x ln x, from a table for small counts.
struct XLogX(Vec<f64>);

impl XLogX {
    fn new(size: usize) -> XLogX {
        XLogX(
            (0..size)
                .map(|x| {
                    if x == 0 {
                        0.0
                    } else {
                        x as f64 * (x as f64).ln()
                    }
                })
                .collect(),
        )
    }

    fn at(&self, x: i64) -> f64 {
        debug_assert!(x >= 0);
        match self.0.get(x as usize) {
            Some(v) => *v,
            None => x as f64 * (x as f64).ln(),
        }
    }
}

/// Clusters the words of `vocabulary`: one class for each id (the boundary and rare ids
/// included), and after each pass `progress(pass, moved)`.
pub fn cluster(
    vocabulary: &Vocabulary,
    settings: &Settings,
    progress: &mut dyn FnMut(usize, usize),
) -> Vec<u16> {
    let c = settings.classes;
    assert!((2..=u16::MAX as usize).contains(&c), "2 to 65,535 classes");
    let n = vocabulary.words.len() + 2;
    // Bigram counts, both ways, and the self-bigram.
    let mut pairs: HashMap<(u32, u32), u32> = HashMap::new();
    for s in &vocabulary.sentences {
        for p in s.windows(2) {
            *pairs.entry((p[0], p[1])).or_default() += 1;
        }
    }
    let mut right: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
    let mut left: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
    let mut itself = vec![0i64; n];
    let (mut as_left, mut as_right) = (vec![0i64; n], vec![0i64; n]);
    let mut sorted: Vec<_> = pairs.into_iter().collect();
    crate::sorting::sort(&mut sorted);
    for ((a, b), k) in sorted {
        as_left[a as usize] += i64::from(k);
        as_right[b as usize] += i64::from(k);
        if a == b {
            itself[a as usize] = i64::from(k);
        } else {
            right[a as usize].push((b, k));
            left[b as usize].push((a, k));
        }
    }
    // Start: the i-th most frequent word in class i mod c.
    let mut class: Vec<u16> = (0..n).map(|i| (i % c) as u16).collect();
    let mut counts = Counts {
        classes: c,
        m: vec![0; c * c],
        row: vec![0; c],
        col: vec![0; c],
    };
    for (w, succ) in right.iter().enumerate() {
        let g = class[w] as usize;
        for &(v, k) in succ {
            counts.m[g * c + class[v as usize] as usize] += i64::from(k);
        }
        counts.m[g * c + g] += itself[w];
        counts.row[g] += as_left[w];
        counts.col[g] += as_right[w];
    }
    let f = XLogX::new(1 << 20);
    // The word's neighbours by class, and which classes they touch.
    let (mut lw, mut rw) = (vec![0i64; c], vec![0i64; c]);
    let (mut lt, mut rt): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for pass in 1..=settings.passes {
        let mut moved = 0;
        for w in 0..n {
            for &g in &lt {
                lw[g] = 0;
            }
            for &h in &rt {
                rw[h] = 0;
            }
            lt.clear();
            rt.clear();
            for &(v, k) in &left[w] {
                let g = class[v as usize] as usize;
                if lw[g] == 0 {
                    lt.push(g);
                }
                lw[g] += i64::from(k);
            }
            for &(v, k) in &right[w] {
                let h = class[v as usize] as usize;
                if rw[h] == 0 {
                    rt.push(h);
                }
                rw[h] += i64::from(k);
            }
            let a = class[w] as usize;
            let word = Word {
                lw: &lw,
                rw: &rw,
                lt: &lt,
                rt: &rt,
                itself: itself[w],
                as_left: as_left[w],
                as_right: as_right[w],
            };
            word.shift(&mut counts, a, -1);
            let mut best = (a, f64::NEG_INFINITY);
            for b in 0..c {
                let d = word.gain(&counts, b, &f);
                // Ties keep the word where it was.
                if d > best.1 + 1e-9 || (b == a && d >= best.1 - 1e-9) {
                    best = (b, d);
                }
            }
            let b = best.0;
            word.shift(&mut counts, b, 1);
            if b != a {
                moved += 1;
                class[w] = b as u16;
            }
        }
        progress(pass, moved);
        if (moved as f64) < settings.settle * n as f64 {
            break;
        }
    }
    class
}

/// The class pair counts and their row and column sums.
struct Counts {
    classes: usize,
    m: Vec<i64>,
    row: Vec<i64>,
    col: Vec<i64>,
}

/// One word's bigrams by the class of the other word.
struct Word<'a> {
    /// Counts of the word's left neighbours by class, and the classes with any.
    lw: &'a [i64],
    lt: &'a [usize],
    /// The same of its right neighbours.
    rw: &'a [i64],
    rt: &'a [usize],
    /// The word followed by itself.
    itself: i64,
    /// Bigrams the word begins, and ends.
    as_left: i64,
    as_right: i64,
}

impl Word<'_> {
    /// How much the objective rises when the word (taken out of every class) joins class
    /// `b`: the cells [`Word::shift`] would change, before and after.
    fn gain(&self, counts: &Counts, b: usize, f: &XLogX) -> f64 {
        let Counts {
            classes: c,
            m,
            row,
            col,
        } = counts;
        let mut d = 0.0;
        for &g in self.lt {
            if g != b {
                let x = m[g * c + b];
                d += f.at(x + self.lw[g]) - f.at(x);
            }
        }
        for &h in self.rt {
            if h != b {
                let x = m[b * c + h];
                d += f.at(x + self.rw[h]) - f.at(x);
            }
        }
        let x = m[b * c + b];
        d += f.at(x + self.lw[b] + self.rw[b] + self.itself) - f.at(x);
        d -= f.at(row[b] + self.as_left) - f.at(row[b]);
        d - (f.at(col[b] + self.as_right) - f.at(col[b]))
    }

    /// Adds (`sign` 1) or takes away (-1) the word's bigrams as if it were in class `b`.
    fn shift(&self, counts: &mut Counts, b: usize, sign: i64) {
        let c = counts.classes;
        for &g in self.lt {
            if g != b {
                counts.m[g * c + b] += sign * self.lw[g];
            }
        }
        for &h in self.rt {
            if h != b {
                counts.m[b * c + h] += sign * self.rw[h];
            }
        }
        counts.m[b * c + b] += sign * (self.lw[b] + self.rw[b] + self.itself);
        counts.row[b] += sign * self.as_left;
        counts.col[b] += sign * self.as_right;
    }
}

/// Clusters the classes of a clustering (`fine`, one class for each id of `vocabulary`)
/// into `settings.classes` coarser ones, by the same algorithm over the text written in
/// fine classes: the coarse class of each fine class. Each coarse class is a union of
/// fine ones, so a word's fine class alone gives both.
pub fn coarsen(vocabulary: &Vocabulary, fine: &[u16], settings: &Settings) -> Vec<u16> {
    let classes = usize::from(*fine.iter().max().unwrap_or(&0)) + 1;
    let boundary = vocabulary.words.len() as u32;
    let by_class = Vocabulary {
        words: (0..classes).map(|c| c.to_string()).collect(),
        sentences: vocabulary
            .sentences
            .iter()
            .map(|s| {
                s.iter()
                    .map(|&w| {
                        if w == boundary {
                            classes as u32
                        } else {
                            u32::from(fine[w as usize])
                        }
                    })
                    .collect()
            })
            .collect(),
    };
    let mut coarse = cluster(&by_class, settings, &mut |_, _| {});
    coarse.truncate(classes);
    coarse
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words used in the same company end in one class, apart from words used in another.
    #[test]
    fn words_in_the_same_company_share_a_class() {
        let mut text = Vec::new();
        for day in ["monday", "tuesday", "friday", "sunday"] {
            for name in ["keita", "ruto", "lula", "modi"] {
                text.push(format!(
                    "on {day} morning president {name} said it was calm"
                ));
                text.push(format!("president {name} spoke on {day} evening"));
            }
        }
        let sentences: Vec<Vec<String>> = text
            .iter()
            .map(|s| s.split(' ').map(str::to_owned).collect())
            .collect();
        let vocabulary = Vocabulary::new(&sentences, 1);
        let settings = Settings {
            classes: 6,
            passes: 20,
            settle: 0.0,
        };
        let classes = cluster(&vocabulary, &settings, &mut |_, _| {});
        let class = |w: &str| classes[vocabulary.words.iter().position(|x| x == w).unwrap()];
        let days: Vec<u16> = ["monday", "tuesday", "friday", "sunday"].map(class).into();
        let names: Vec<u16> = ["keita", "ruto", "lula", "modi"].map(class).into();
        assert!(days.iter().all(|&c| c == days[0]), "{days:?}");
        assert!(names.iter().all(|&c| c == names[0]), "{names:?}");
        assert_ne!(days[0], names[0]);
        // The coarse classes group fine classes whole.
        let coarse = coarsen(
            &vocabulary,
            &classes,
            &Settings {
                classes: 2,
                ..settings
            },
        );
        assert_eq!(
            coarse.len(),
            usize::from(*classes.iter().max().unwrap()) + 1
        );
        assert!(coarse.iter().all(|&c| c < 2));
    }

    #[test]
    fn rare_words_share_one_id_after_the_boundary() {
        let sentences = vec![vec!["a".to_owned(), "b".to_owned(), "a".to_owned()]];
        let vocabulary = Vocabulary::new(&sentences, 2);
        assert_eq!(vocabulary.words, ["a"]);
        // Boundary 1, rare 2.
        assert_eq!(vocabulary.sentences, [vec![1, 0, 2, 0, 1]]);
    }
}
