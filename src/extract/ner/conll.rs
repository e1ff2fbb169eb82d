//! CoNLL-2003 files and conlleval scoring. A file is one token per line (word first, tag
//! last), sentences end at blank lines. Files without -DOCSTART- lines are cut into
//! documents at their datelines ("BRUSSELS 1996-08-22" follows each story's headline), so
//! the document evidence the tagger uses is gathered as it would be for one article.

use super::labels::{self, TYPES};
use super::model::Model;
use super::train::{Document, Sentence};
use super::Lexicons;
use super::Recognizer;
use std::fmt::Write;

/// Reads a CoNLL file into documents. Errors name the line and what was wrong with it.
pub fn read(text: &str) -> Result<Vec<Document>, String> {
    let mut sentences: Vec<(Sentence, bool)> = Vec::new();
    let mut current = Sentence {
        tokens: Vec::new(),
        tags: Vec::new(),
    };
    let mut docstart = false;
    let flush = |s: &mut Sentence, docstart: &mut bool, out: &mut Vec<(Sentence, bool)>| {
        if !s.tokens.is_empty() {
            out.push((
                std::mem::replace(
                    s,
                    Sentence {
                        tokens: Vec::new(),
                        tags: Vec::new(),
                    },
                ),
                *docstart,
            ));
            *docstart = false;
        }
    };
    for (n, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            flush(&mut current, &mut docstart, &mut sentences);
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            flush(&mut current, &mut docstart, &mut sentences);
            docstart = true;
            continue;
        }
        if cols.len() < 2 {
            return Err(format!(
                "line {}: expected a word and a tag, found {line:?}",
                n + 1
            ));
        }
        let tag = cols[cols.len() - 1];
        let tag =
            labels::parse(tag).ok_or_else(|| format!("line {}: unknown tag {tag:?}", n + 1))?;
        current.tokens.push(cols[0].to_owned());
        current.tags.push(tag);
    }
    flush(&mut current, &mut docstart, &mut sentences);
    let marked = sentences.iter().any(|(_, d)| *d);
    let mut docs: Vec<Document> = Vec::new();
    for i in 0..sentences.len() {
        let starts = if marked {
            sentences[i].1
        } else {
            // A headline opens a document when the next sentence is a dateline.
            sentences
                .get(i + 1)
                .is_some_and(|(s, _)| is_dateline(&s.tokens))
        };
        if starts || docs.is_empty() {
            docs.push(Vec::new());
        }
        docs.last_mut().unwrap().push(sentences[i].0.clone());
    }
    Ok(docs)
}

/// "PLACE 1996-08-22": a short line ending in an ISO date.
fn is_dateline(tokens: &[String]) -> bool {
    let last = tokens.last().map(String::as_bytes).unwrap_or_default();
    tokens.len() <= 8
        && last.len() == 10
        && last.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// Exact-match counts for one entity type, or all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Entities found with the right span and type.
    pub correct: usize,
    /// Entities found.
    pub found: usize,
    /// Entities in the gold standard.
    pub gold: usize,
}

impl Counts {
    /// Share of found entities that are right.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.found)
    }
    /// Share of gold entities found.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores per entity type, conlleval-style.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Score {
    /// Counts per type, in [`TYPES`] order.
    pub types: [Counts; TYPES.len()],
    /// Tokens scored.
    pub tokens: usize,
    /// Tokens whose tag was right.
    pub tokens_right: usize,
}

impl Score {
    /// Adds one sentence's gold and predicted tags.
    pub fn add(&mut self, gold: &[u8], predicted: &[u8]) {
        let g = labels::spans(gold);
        let p = labels::spans(predicted);
        for (t, _) in &g {
            self.types[*t].gold += 1;
        }
        for (t, r) in &p {
            self.types[*t].found += 1;
            if g.contains(&(*t, r.clone())) {
                self.types[*t].correct += 1;
            }
        }
        self.tokens += gold.len();
        self.tokens_right += gold.iter().zip(predicted).filter(|(a, b)| a == b).count();
    }

    /// All types together (micro-averaged).
    pub fn overall(&self) -> Counts {
        self.types.iter().fold(Counts::default(), |a, c| Counts {
            correct: a.correct + c.correct,
            found: a.found + c.found,
            gold: a.gold + c.gold,
        })
    }

    /// The report as conlleval prints it.
    pub fn report(&self) -> String {
        let all = self.overall();
        let mut out = format!(
            "processed {} tokens with {} phrases; found: {} phrases; correct: {}.\n",
            self.tokens, all.gold, all.found, all.correct
        );
        let line = |name: &str, c: &Counts, extra: String| {
            format!(
                "{name:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}{extra}\n",
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1()
            )
        };
        let accuracy = 100.0 * ratio(self.tokens_right, self.tokens);
        out += &line("accuracy", &all, String::new()).replacen(
            "accuracy:",
            &format!("accuracy: {accuracy:6.2}%;"),
            1,
        );
        for (t, c) in self.types.iter().enumerate() {
            let _ = write!(out, "{}", line(TYPES[t], c, format!("  {}", c.found)));
        }
        out
    }
}

/// Tags `docs` with `model` and scores the result against their gold tags.
pub fn evaluate(model: &Model, lists: &Lexicons, docs: &[Document]) -> Score {
    let mut score = Score::default();
    let recognizer = Recognizer::borrowed(model, lists);
    for doc in docs {
        let tokens = super::train::words(doc);
        for (s, predicted) in doc.iter().zip(recognizer.tag(&tokens)) {
            score.add(&s.tags, &predicted);
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_documents_at_datelines_and_docstarts() {
        let text = "EU B-ORG\nrejects O\n\nBRUSSELS B-LOC\n1996-08-22 O\n\nThe O\nEU B-ORG\n\n\
                    HEADLINE O\n\nLONDON B-LOC\n1996-08-23 O\n";
        let docs = read(text).unwrap();
        assert_eq!(docs.iter().map(Vec::len).collect::<Vec<_>>(), [3, 2]);
        let marked =
            read("-DOCSTART- -X- O O\n\nA B-PER\n\n-DOCSTART- -X- O O\n\nB O\n\nC O\n").unwrap();
        assert_eq!(marked.iter().map(Vec::len).collect::<Vec<_>>(), [1, 2]);
        assert!(read("word\n").unwrap_err().contains("line 1"));
        assert!(read("word B-XYZ\n").unwrap_err().contains("unknown tag"));
    }

    #[test]
    fn scores_exact_spans_only() {
        let t = |s: &str| {
            s.split(' ')
                .map(|x| labels::parse(x).unwrap())
                .collect::<Vec<_>>()
        };
        let mut score = Score::default();
        score.add(&t("B-PER I-PER O B-LOC"), &t("B-PER O O B-LOC"));
        let all = score.overall();
        assert_eq!((all.correct, all.found, all.gold), (1, 2, 2));
        assert!((all.f1() - 0.5).abs() < 1e-9);
        assert!(score.report().contains("found: 2 phrases; correct: 1."));
        assert_eq!(score.types[0].correct, 0); // "B-PER O" is not the two-word PER
    }
}
