//! `parallax-bench`: times the whole pipeline (analysis, linking, comparison) natively on
//! the canonical seed pair, when it is on the machine, and on growing sets of articles of
//! about 800 words built from the sentences of the comparison fixtures, to show how the
//! cost grows with the number of articles. Prints the figures of BENCHMARKS.md's
//! "Comparison (speed)".
//!
//! With `--shapes`, it times instead the shapes of input issue 19 found superlinear
//! (`shapes`), at doubling sizes, each size in a fresh process of its own so that its peak
//! memory (VmHWM) is its own, and prints each doubling's ratio of processor time (wall
//! time is printed too; on a shared machine it measures the others as well): a ratio
//! above 2.3 means the work grows faster than the input.
//!
//! ```text
//! parallax-bench [--seeds DIR] [--fixtures DIR] [--sizes N,N,...] [--words W]
//! parallax-bench --shapes names,amounts,articles[:MAX] [--max N]
//! ```

use parallax::eval::compare;
use parallax::report::DiagnosticCode;
use parallax::{analyze_batch, ArticleInput, Input};
use std::path::Path;
use std::process::ExitCode;

mod common;
mod shapes;
use shapes::Shape;
use std::time::Instant;

const USAGE: &str = "\
usage: parallax-bench [--seeds DIR] [--fixtures DIR] [--sizes N,...] [--words W]
       parallax-bench --shapes SHAPE[:MAX],... [--max N]

Times the whole pipeline on the seed pair in DIR (default ../shared/seeds, if
present) and on growing sets of ~W-word articles (default 800) built from the
sentences of the fixture sets (default tests/compare), N articles each (default
2,5,10,20,50,100).

With --shapes, times invented inputs of each SHAPE at doubling sizes up to MAX
(or --max N): names (sentences of distinct names, 1,250 to 20,000), amounts
(sentences with an amount and a unit, 1,250 to 20,000) and articles (articles
of ~800 words about one event, 25 to 200). Each size runs in a fresh process;
the table gives the best wall and processor times, the ratio of processor time
to the previous size's (at most 2.3 for linear work), the findings and the
peak memory.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some(SHAPE_RUN) => shape_run(&args[1..]),
        _ => command(args),
    };
    common::finish("parallax-bench", result)
}

/// The hidden first argument that makes this process time one shape at one size (see
/// [`shape_run`]): `--shape-run SHAPE SIZE`.
const SHAPE_RUN: &str = "--shape-run";

/// Times one shape at one size, in this process alone: best of three runs (one when a run
/// takes over ten seconds), and prints `wall_ms cpu_ms findings peak_kib events`, the peak
/// being this process's VmHWM (0 where /proc is missing), events 1 when the articles were
/// compared as one event, else 2 (a shape compared as two events measures no comparison).
fn shape_run(args: &[String]) -> Result<String, String> {
    let [shape, size] = args else {
        return Err(format!("{SHAPE_RUN} needs a shape and a size"));
    };
    let shape = Shape::parse(shape)?;
    let size: usize = size
        .parse()
        .map_err(|_| format!("{size:?} is not a size"))?;
    let input = shape.input(size);
    let (mut ms, mut cpu, mut findings, mut events) = (f64::INFINITY, f64::INFINITY, 0, 1);
    for run in 0..3 {
        let on_cpu = cpu_ms();
        let (wall, n, one) = best_ms(&input, 1)?;
        (ms, cpu, findings) = (ms.min(wall), cpu.min(cpu_ms() - on_cpu), n);
        events = if one { 1 } else { 2 };
        if run == 0 && wall >= 10_000.0 {
            break;
        }
    }
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .unwrap_or(0);
    Ok(format!("{ms:.1} {cpu:.1} {findings} {peak} {events}\n"))
}

/// The time this process has run on a processor, in milliseconds (from
/// /proc/self/schedstat; 0 where it is missing): on a machine shared with other work, the
/// wall time of a run depends on the others, its time on a processor much less.
fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e6)
}

/// Times each of `shapes` (a shape and its largest size) at doubling sizes, each size in a
/// fresh process (this program with [`SHAPE_RUN`]), as a table.
fn shapes_table(shapes: &[(Shape, usize)]) -> Result<String, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program: {e}"))?;
    let mut out = String::new();
    for &(shape, max) in shapes {
        let (mut size, _) = shape.sizes();
        let mut previous: Option<f64> = None;
        out += &format!(
            "{}: {:>6} {:>10} {:>10} {:>6} {:>9} {:>8} {:>6}\n",
            shape.name(),
            shape.unit(),
            "wall ms",
            "cpu ms",
            "ratio",
            "findings",
            "peak MiB",
            "events"
        );
        while size <= max {
            let run = std::process::Command::new(&exe)
                .args([SHAPE_RUN, shape.name(), &size.to_string()])
                .output()
                .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
            let line = String::from_utf8_lossy(&run.stdout);
            let fields: Vec<f64> = line
                .split_whitespace()
                .filter_map(|f| f.parse().ok())
                .collect();
            let [ms, cpu, findings, peak, events] = fields[..] else {
                return Err(format!(
                    "{} at {size} failed: {}",
                    shape.name(),
                    String::from_utf8_lossy(&run.stderr)
                ));
            };
            let ratio = previous.map_or("-".to_string(), |p| format!("{:.2}", cpu / p));
            out += &format!(
                "{:>width$} {size:>6} {ms:>10.1} {cpu:>10.1} {ratio:>6} {findings:>9} {:>8.0} {events:>6}\n",
                "",
                peak / 1024.0,
                width = shape.name().len() + 1
            );
            // Printed as it goes: the large sizes take a while.
            eprint!(
                "{}",
                out.lines()
                    .last()
                    .map_or(String::new(), |l| format!("{l}\n"))
            );
            previous = Some(cpu);
            size *= 2;
        }
    }
    Ok(out)
}

/// Best wall time of `runs` runs of the pipeline on `input`, in milliseconds, how many
/// findings the report carries (the comparison's cost grows with them), and whether the
/// articles were compared as one event.
fn best_ms(input: &Input, runs: usize) -> Result<(f64, usize, bool), String> {
    let mut best = f64::INFINITY;
    let (mut findings, mut one_event) = (0, true);
    for _ in 0..runs {
        let started = Instant::now();
        let report = analyze_batch(input).map_err(|e| e.to_string())?;
        best = best.min(started.elapsed().as_secs_f64() * 1000.0);
        findings = report.findings.len();
        one_event = !report
            .diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::DifferentEvents);
        std::hint::black_box(report);
    }
    Ok((best, findings, one_event))
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
    let (mut shapes, mut max): (Vec<(Shape, Option<usize>)>, Option<usize>) = (Vec::new(), None);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--shapes" => {
                for item in value()?.split(',') {
                    let (name, top) = match item.split_once(':') {
                        Some((name, top)) => (
                            name,
                            Some(top.parse().map_err(|_| format!("{top:?} is not a size"))?),
                        ),
                        None => (item, None),
                    };
                    shapes.push((Shape::parse(name.trim())?, top));
                }
            }
            "--max" => {
                max = Some(
                    value()?
                        .parse()
                        .map_err(|_| "--max needs a number".to_string())?,
                )
            }
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
    if !shapes.is_empty() {
        let shapes: Vec<(Shape, usize)> = shapes
            .into_iter()
            .map(|(shape, top)| (shape, top.or(max).unwrap_or(shape.sizes().1)))
            .collect();
        return shapes_table(&shapes);
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
        let (ms, findings, _) = best_ms(&input, if n <= 20 { 5 } else { 3 })?;
        out += &format!(
            "{n:>4} articles, {total:>6} words: {ms:>8.1} ms ({:.2} ms per article), \
             {findings} findings\n",
            ms / n as f64
        );
    }
    Ok(out)
}
