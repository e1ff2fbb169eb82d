//! `parallax-bench`: times the whole pipeline (analysis, linking, comparison) natively on
//! the canonical seed pair, when it is on the machine, and on growing sets of articles of
//! about 800 words built from the sentences of the comparison fixtures, to show how the
//! cost grows with the number of articles. Prints the figures of BENCHMARKS.md's
//! "Comparison (speed)".
//!
//! ```text
//! parallax-bench [--seeds DIR] [--fixtures DIR] [--sizes N,N,...] [--words W]
//! ```

use parallax::eval::compare;
use parallax::{analyze_batch, ArticleInput, Input};
use std::path::Path;
use std::process::ExitCode;

mod common;
use std::time::Instant;

const USAGE: &str = "\
usage: parallax-bench [--seeds DIR] [--fixtures DIR] [--sizes N,...] [--words W]

Times the whole pipeline on the seed pair in DIR (default ../shared/seeds, if
present) and on growing sets of ~W-word articles (default 800) built from the
sentences of the fixture sets (default tests/compare), N articles each (default
2,5,10,20,50,100).";

fn main() -> ExitCode {
    common::finish(
        "parallax-bench",
        command(std::env::args().skip(1).collect()),
    )
}

/// Best wall time of `runs` runs of the pipeline on `input`, in milliseconds, and how many
/// findings the report carries (the comparison's cost grows with them).
fn best_ms(input: &Input, runs: usize) -> Result<(f64, usize), String> {
    let mut best = f64::INFINITY;
    let mut findings = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let report = analyze_batch(input).map_err(|e| e.to_string())?;
        best = best.min(started.elapsed().as_secs_f64() * 1000.0);
        findings = report.findings.len();
        std::hint::black_box(report);
    }
    Ok((best, findings))
}

/// The sentences of every fixture article in `dir`, in file order.
fn sentences(dir: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for (_, fixture) in compare::fixtures(Path::new(dir))? {
        for article in &fixture.article {
            out.extend(
                article
                    .text
                    .split_inclusive(". ")
                    .map(str::trim)
                    .filter(|s| s.split_whitespace().count() > 3)
                    .map(str::to_string),
            );
        }
    }
    Ok(out)
}

/// `n` articles of about `words` words: article i starts at its own place in the sentence
/// pool and takes sentences in order, so neighbours share some text, as coverage does.
fn articles(pool: &[String], n: usize, words: usize) -> Input {
    Input {
        articles: (0..n)
            .map(|i| {
                let mut text = String::new();
                let mut k = (i * 37) % pool.len();
                while text.split_whitespace().count() < words {
                    text.push_str(&pool[k]);
                    text.push_str(if k % 4 == 3 { "\n\n" } else { " " });
                    k = (k + 1) % pool.len();
                }
                ArticleInput {
                    label: format!("Outlet {}", i + 1),
                    text,
                    published: "2024-03-08".into(),
                }
            })
            .collect(),
    }
}

/// Runs the benchmark with the command line's options.
fn command(args: Vec<String>) -> Result<String, String> {
    let (mut seeds, mut fixtures, mut sizes, mut words) = (
        "../shared/seeds".to_owned(),
        "tests/compare".to_owned(),
        vec![2, 5, 10, 20, 50, 100],
        800,
    );
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--seeds" => seeds = value()?,
            "--fixtures" => fixtures = value()?,
            "--sizes" => {
                sizes = value()?
                    .split(',')
                    .map(|n| {
                        n.trim()
                            .parse()
                            .map_err(|_| format!("{n:?} is not a number"))
                    })
                    .collect::<Result<_, _>>()?
            }
            "--words" => {
                words = value()?
                    .parse()
                    .map_err(|_| "--words needs a number".to_string())?
            }
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            other => return Err(format!("unknown option {other:?}\n\n{USAGE}")),
        }
    }
    let mut out = String::new();
    let seed_files: Vec<_> = std::fs::read_dir(&seeds)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    if seed_files.len() >= 2 {
        let mut files = seed_files;
        files.sort();
        let input = Input {
            articles: files
                .iter()
                .map(|p| {
                    Ok(ArticleInput {
                        label: p.display().to_string(),
                        text: std::fs::read_to_string(p).map_err(|e| e.to_string())?,
                        published: "2020-08-18".into(),
                    })
                })
                .collect::<Result<_, String>>()?,
        };
        analyze_batch(&input).map_err(|e| e.to_string())?;
        out += &format!(
            "seed pair ({seeds}): {:.2} ms, best of 20\n",
            best_ms(&input, 20)?.0
        );
    } else {
        out += &format!("seed pair: {seeds} not found, skipped\n");
    }
    let pool = sentences(&fixtures)?;
    if pool.is_empty() {
        return Err(format!("no fixture sentences in {fixtures}"));
    }
    for n in sizes {
        let input = articles(&pool, n, words);
        let total: usize = input
            .articles
            .iter()
            .map(|a| a.text.split_whitespace().count())
            .sum();
        let (ms, findings) = best_ms(&input, if n <= 20 { 5 } else { 3 })?;
        out += &format!(
            "{n:>4} articles, {total:>6} words: {ms:>8.1} ms ({:.2} ms per article), \
             {findings} findings\n",
            ms / n as f64
        );
    }
    Ok(out)
}
