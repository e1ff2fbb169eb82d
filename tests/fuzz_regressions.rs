//! What fuzzing found, as data: each file of `tests/fuzz-regressions/` (its README says the
//! format) is a stretch of text that, repeated, once made a stage's work grow with the
//! square of its length. Each is checked by how the stage's time grows between two lengths,
//! never by a time in seconds, so a slow or busy machine does not fail it.

use parallax::extract::{entities, quotes, speech};
use parallax::text::{sentences, Tokens};
use parallax::{ArticleInput, Input};
use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// About how many bytes the shorter input is for `stage`: a slow file's text repeated until
/// it is at least this long; the longer repeats it [`GROWTH`] times as often. The whole
/// analysis (a debug build's) is timed on less text than one stage.
fn short_bytes(stage: &str) -> usize {
    if stage == "analyze" {
        300
    } else {
        12_000
    }
}
/// How much longer the longer input is.
const GROWTH: u32 = 4;
/// The most the longer input's time may be, as a multiple of the shorter's: twice the
/// growth of linear work, half that of quadratic work.
const MOST: u32 = 8;
/// The least time each input is run for, so that the processor's tick does not decide.
const MEASURED: Duration = Duration::from_millis(200);

/// The files of the folder, sorted by name.
fn cases() -> Vec<PathBuf> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz-regressions");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {dir}: {e}"))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// What one run of `f` costs: the CPU time of this thread where Linux tells it
/// (`/proc/thread-self/schedstat`, in nanoseconds), so that other work on the machine does
/// not count, else the time by the clock; averaged over at least three runs and at least
/// [`MEASURED`] of time, since the processor's count may advance only once a tick (4 ms).
fn cost(f: impl Fn()) -> Duration {
    let cpu = || {
        let stat = fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        stat.split_whitespace()
            .next()?
            .parse()
            .ok()
            .map(Duration::from_nanos)
    };
    let clock = Instant::now();
    let now = || cpu().unwrap_or_else(|| clock.elapsed());
    let start = now();
    let mut runs = 0;
    while runs < 3 || now() - start < MEASURED {
        f();
        runs += 1;
    }
    (now() - start) / runs
}

/// The time `stage` takes on `text`, only the stage itself: the names and quotes it reads
/// are found before the clock starts ("analyze" times the whole analysis of `text` as one
/// article).
fn time_stage(stage: &str, text: &str) -> Duration {
    let tokens = Tokens::new(text);
    let sentences = sentences(text);
    let names = entities::find(&tokens, &sentences);
    match stage {
        "quotes" => cost(|| {
            quotes::find(&tokens, &sentences, &names);
        }),
        "speech" => {
            let found = quotes::find(&tokens, &sentences, &names);
            cost(|| {
                speech::find(&tokens, &sentences, &found, &names, |_| false);
            })
        }
        "analyze" => {
            let input = Input {
                articles: vec![ArticleInput {
                    text: text.to_string(),
                    ..ArticleInput::default()
                }],
            };
            cost(|| {
                parallax::analyze(&input).expect("one article is a valid request");
            })
        }
        _ => {
            panic!("no stage {stage:?}: a slow case is named quotes-..., speech-... or analyze-...")
        }
    }
}

#[test]
fn every_case_stays_linear() {
    let files = cases();
    assert!(!files.is_empty(), "no cases in tests/fuzz-regressions");
    for path in files {
        let name = path
            .file_stem()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        let file = fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {name}: {e}"));
        // A lead said once, a blank line, then the stretch that is repeated; or the stretch.
        let (lead, text) = file.split_once("\n\n").unwrap_or(("", &file));
        let (stage, _) = name.split_once('-').expect("named <stage>-<what>");
        let repeats = short_bytes(stage).div_ceil(text.len().max(1));
        let short = time_stage(stage, &format!("{lead}{}", text.repeat(repeats)));
        let long = time_stage(
            stage,
            &format!("{lead}{}", text.repeat(repeats * GROWTH as usize)),
        );
        assert!(
            long <= short * MOST,
            "{name}: {GROWTH} times the text took {:.1} times as long ({short:?} -> {long:?}); \
             linear work takes about {GROWTH}",
            long.as_secs_f64() / short.as_secs_f64().max(1e-9)
        );
    }
}
