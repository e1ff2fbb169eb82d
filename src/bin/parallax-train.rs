//! `parallax-train` (feature `train`): training the recogniser on CoNLL-format data and
//! scoring any model on any CoNLL-format file, conlleval-style, with its speed. Only this
//! binary compiles the library's trainer and CoNLL reader.
//!
//! ```text
//! parallax-train train --train FILE [--dev FILE] --out FILE [options]
//! parallax-train prune --model FILE --out FILE --min-weight N [--step S]
//! parallax-train eval-ner FILE [--model FILE] [--case as-is|upper|lower] [--min-f1 F]
//! parallax-train clusters --corpus FILE --out FILE [--classes N,N] [--min-count N] [--keep N]
//! ```

use parallax::extract::ner::{self, conll, train, Lexicons, Model};
use std::process::ExitCode;

mod common;
use std::time::Instant;

const USAGE: &str = "\
usage: parallax-train train --train FILE [--dev FILE] --out FILE [--epochs N] [--seed N]
                            [--min-count N] [--lower-share S] [--upper-share S]
                            [--places FILE] [--words FILE] [--clusters FILE]
       parallax-train prune --model FILE --out FILE --min-weight N [--step S]
       parallax-train eval-ner FILE [--model FILE] [--case as-is|upper|lower] [--min-f1 F]
       parallax-train clusters --corpus FILE --out FILE [--classes N,N] [--min-count N]
                               [--keep N]

train fits the named-entity recogniser to CoNLL-format data (keeping the pass
that scores best on --dev) and writes the model file; prune writes a smaller
model without the features whose largest weight (absolute, 1 to 127) is under N,
its weights divided by S (default 1) and rounded; eval-ner scores a model
(default: the one built in) on a CoNLL-format file, conlleval-style, per type,
with its speed, optionally re-cased, and fails below --min-f1 (in percent);
clusters learns word classes from unlabelled text (one sentence a line, as
scripts/cluster-corpus.sh writes it), one clustering for each number of
classes (default 32,512), for the words seen --min-count times (default 3),
and writes them as the recogniser reads them (data/ner/clusters.tsv).";

fn main() -> ExitCode {
    common::main(
        "parallax-train",
        &[
            ("train", train_command),
            ("prune", prune_command),
            ("eval-ner", eval_command),
            ("clusters", clusters_command),
        ],
        USAGE,
    )
}

/// Reads a CoNLL file into documents, naming the file in errors.
fn read_conll(path: &str) -> Result<Vec<train::Document>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    conll::read(&text).map_err(|e| format!("{path}: {e}"))
}

/// Re-cases every token: how the evaluation checks capitals-only and lower-case text.
fn recase(docs: &mut [train::Document], case: &str) -> Result<(), String> {
    let f: fn(&str) -> String = match case {
        "as-is" => return Ok(()),
        "upper" => str::to_uppercase,
        "lower" => str::to_lowercase,
        other => {
            return Err(format!(
                "unknown --case {other:?}: use as-is, upper or lower"
            ))
        }
    };
    for s in docs.iter_mut().flatten() {
        for t in &mut s.tokens {
            *t = f(t);
        }
    }
    Ok(())
}

/// `train --train FILE [--dev FILE] --out FILE [--epochs N] [--seed N] [--min-count N]
/// [--lower-share S] [--upper-share S] [--places FILE] [--words FILE]`
fn train_command(args: Vec<String>) -> Result<String, String> {
    let mut settings = train::Settings::default();
    let (mut train_path, mut dev_path, mut out) = (None, None, None);
    let (mut places, mut words, mut clusters) = (None, None, None);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        let number = |v: String| {
            v.parse::<u64>()
                .map_err(|_| format!("{v:?} is not a whole number"))
        };
        let share = |v: String| {
            v.parse::<f64>()
                .ok()
                .filter(|s| (0.0..=1.0).contains(s))
                .ok_or(format!("{v:?} is not a share between 0 and 1"))
        };
        match arg.as_str() {
            "--train" => train_path = Some(value()?),
            "--dev" => dev_path = Some(value()?),
            "--out" => out = Some(value()?),
            "--places" => places = Some(value()?),
            "--words" => words = Some(value()?),
            "--clusters" => clusters = Some(value()?),
            "--epochs" => settings.epochs = number(value()?)? as usize,
            "--seed" => settings.seed = number(value()?)?,
            "--min-count" => settings.min_count = number(value()?)? as u32,
            "--lower-share" => settings.lower_share = share(value()?)?,
            "--upper-share" => settings.upper_share = share(value()?)?,
            other => return Err(format!("unknown option {other:?} for train")),
        }
    }
    let train_path = train_path.ok_or("train needs --train FILE (CoNLL format)")?;
    let out = out.ok_or("train needs --out FILE, e.g. model/ner.bin")?;
    let lists = Lexicons::parse(
        &read_text(places.as_deref().unwrap_or("data/gazetteer/places.txt"))?,
        &read_text(words.as_deref().unwrap_or("data/lexicon/words.txt"))?,
    )
    .with_clusters(&read_text(
        clusters.as_deref().unwrap_or("data/ner/clusters.tsv"),
    )?)
    .map_err(|e| format!("the clusters: {e}"))?;
    let train_docs = read_conll(&train_path)?;
    let dev_docs = match &dev_path {
        Some(p) => read_conll(p)?,
        None => Vec::new(),
    };
    let started = Instant::now();
    let model = train::train(&train_docs, &dev_docs, &lists, &settings, &mut |e| {
        let dev = e
            .dev_f1
            .map_or(String::new(), |f| format!(", dev F1 {:.2}", 100.0 * f));
        eprintln!(
            "epoch {:>2}: training errors {:.2}%{dev} ({:.0} s)",
            e.number,
            100.0 * e.train_errors,
            started.elapsed().as_secs_f64()
        );
    });
    let bytes = model.to_bytes();
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
    Ok(format!(
        "wrote {out}: {} features, {} bytes, trained in {:.0} s\n",
        model.features(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    ))
}

/// `prune --model FILE --out FILE --min-weight N [--step S]`
fn prune_command(args: Vec<String>) -> Result<String, String> {
    let (mut model_path, mut out, mut min_weight, mut step) = (None, None, None, 1);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        let weight = |v: String| {
            v.parse::<u8>()
                .ok()
                .filter(|w| (1..=127).contains(w))
                .ok_or(format!("{arg} {v:?} is not a whole number from 1 to 127"))
        };
        match arg.as_str() {
            "--model" => model_path = Some(value()?),
            "--out" => out = Some(value()?),
            "--min-weight" => min_weight = Some(weight(value()?)?),
            "--step" => step = weight(value()?)?,
            other => return Err(format!("unknown option {other:?} for prune")),
        }
    }
    let model_path = model_path.ok_or("prune needs --model FILE, e.g. model/ner.bin")?;
    let out = out.ok_or("prune needs --out FILE")?;
    let min_weight = min_weight.ok_or("prune needs --min-weight N (1 keeps every feature)")?;
    let bytes = std::fs::read(&model_path).map_err(|e| format!("cannot read {model_path}: {e}"))?;
    let model = Model::from_bytes(&bytes).map_err(|e| format!("{model_path}: {e}"))?;
    let pruned = model.pruned(min_weight, step);
    let bytes = pruned.to_bytes();
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
    Ok(format!(
        "wrote {out}: {} of {} features, {} bytes\n",
        pruned.features(),
        model.features(),
        bytes.len()
    ))
}

fn read_text(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

/// `eval-ner FILE [--model FILE] [--case as-is|upper|lower] [--min-f1 F]`: F in
/// percent, as conlleval prints it.
fn eval_command(args: Vec<String>) -> Result<String, String> {
    let (mut path, mut model_path, mut case) = (None, None, "as-is".to_owned());
    let mut min_f1 = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--model" => model_path = Some(value()?),
            "--case" => case = value()?,
            "--min-f1" => {
                let v = value()?;
                min_f1 = Some(
                    v.parse::<f64>()
                        .map_err(|_| format!("--min-f1 {v:?} is not a number"))?,
                );
            }
            other if !other.starts_with('-') && path.is_none() => path = Some(other.to_owned()),
            other => return Err(format!("unknown option {other:?} for eval-ner")),
        }
    }
    let path = path.ok_or("eval-ner needs a CoNLL-format FILE")?;
    let mut docs = read_conll(&path)?;
    recase(&mut docs, &case)?;
    let loaded;
    let recognizer = match &model_path {
        None => ner::shipped(),
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| format!("cannot read {p}: {e}"))?;
            loaded = Model::from_bytes(&bytes).map_err(|e| format!("{p}: {e}"))?;
            ner::Recognizer::borrowed(&loaded, ner::shipped_lists())
        }
    };
    let docs_tokens: Vec<Vec<Vec<&str>>> = docs.iter().map(train::words).collect();
    // Time tagging alone, best of five runs, then score the last run's tags.
    let mut best = f64::INFINITY;
    let mut tagged = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        tagged = docs_tokens.iter().map(|d| recognizer.tag(d)).collect();
        best = best.min(started.elapsed().as_secs_f64());
    }
    // The model's tags alone, and as the page shows them: after the document pass.
    let (mut model, mut score) = (conll::Score::default(), conll::Score::default());
    for ((doc, words), tags) in docs.iter().zip(&docs_tokens).zip(&tagged) {
        let refined = ner::document::retag(words, tags);
        for ((s, t), r) in doc.iter().zip(tags).zip(&refined) {
            model.add(&s.tags, t);
            score.add(&s.tags, r);
        }
    }
    let report = format!(
        "{}the model alone (before the document pass): F1 {:.2}\n\
         speed: {} tokens in {:.1} ms = {:.0} tokens/s (one thread, best of 5, the model alone)\n",
        score.report(),
        100.0 * model.overall().f1(),
        score.tokens,
        best * 1000.0,
        score.tokens as f64 / best
    );
    let f1 = 100.0 * score.overall().f1();
    match min_f1 {
        Some(min) if f1 < min => Err(format!("{report}F1 {f1:.2} is below --min-f1 {min}")),
        _ => Ok(report),
    }
}

/// `clusters --corpus FILE --out FILE [--classes N,N] [--min-count N] [--keep N]`
fn clusters_command(args: Vec<String>) -> Result<String, String> {
    let (mut corpus, mut out) = (None, None);
    let (mut classes, mut min_count, mut keep) = (vec![32, 512], 3u32, usize::MAX);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        let number = |v: &str| {
            v.parse::<u32>()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or(format!("{v:?} is not a whole number of at least 1"))
        };
        match arg.as_str() {
            "--corpus" => corpus = Some(value()?),
            "--out" => out = Some(value()?),
            "--classes" => {
                classes = value()?
                    .split(',')
                    .map(|n| number(n).map(|n| n as usize))
                    .collect::<Result<_, _>>()?;
                if !matches!(classes[..], [c, f] if 2 <= c && c < f && c < 255 && f <= 512) {
                    return Err(
                        "--classes takes two numbers, coarse and fine, e.g. 32,512: \
                        at least 2 coarse classes, fewer than the fine, and at most 254 \
                        and 512"
                            .to_owned(),
                    );
                }
            }
            "--min-count" => min_count = number(&value()?)?,
            "--keep" => keep = number(&value()?)? as usize,
            other => return Err(format!("unknown option {other:?} for clusters")),
        }
    }
    let corpus = corpus.ok_or("clusters needs --corpus FILE (scripts/cluster-corpus.sh)")?;
    let out = out.ok_or("clusters needs --out FILE, e.g. data/ner/clusters.tsv")?;
    let text = read_text(&corpus)?;
    let started = Instant::now();
    let sentences: Vec<Vec<String>> = text
        .lines()
        .map(|line| {
            let tokens = parallax::text::Tokens::new(line);
            ner::tokens::tokens(&tokens, 0..line.len())
                .into_iter()
                .map(|r| line[r].to_lowercase())
                .collect()
        })
        .filter(|s: &Vec<String>| !s.is_empty())
        .collect();
    let vocabulary = ner::exchange::Vocabulary::new(&sentences, min_count);
    eprintln!(
        "{} sentences, {} words kept ({:.0} s)",
        sentences.len(),
        vocabulary.words.len(),
        started.elapsed().as_secs_f64()
    );
    let settings = |classes| ner::exchange::Settings {
        classes,
        passes: 20,
        settle: 0.002,
    };
    let fine = ner::exchange::cluster(&vocabulary, &settings(classes[1]), &mut |pass, moved| {
        eprintln!(
            "{} classes, pass {pass}: {moved} words moved ({:.0} s)",
            classes[1],
            started.elapsed().as_secs_f64()
        )
    });
    let coarse = ner::exchange::coarsen(&vocabulary, &fine, &settings(classes[0]));
    // The most frequent words (ids are in order of frequency), in alphabetical order.
    let mut kept: Vec<usize> = (0..vocabulary.words.len().min(keep)).collect();
    kept.sort_by(|&a, &b| vocabulary.words[a].cmp(&vocabulary.words[b]));
    let mut lines = String::new();
    for &i in &kept {
        let f = fine[i];
        let c = coarse[usize::from(f)];
        lines.push_str(&format!("{}\t{c}\t{f}\n", vocabulary.words[i]));
    }
    std::fs::write(&out, &lines).map_err(|e| format!("cannot write {out}: {e}"))?;
    Ok(format!(
        "wrote {out}: {} words, in {:.0} s\n",
        kept.len(),
        started.elapsed().as_secs_f64()
    ))
}
