//! Progress: what the pipeline says as it goes, so that a long analysis can be followed (the
//! page's progress bar). The pipeline tells a [`Progress`] each time it starts an article in
//! a [`Stage`]; it knows nothing of who listens. The command line and the tests pass
//! [`Silent`]; the wasm adapter posts the steps to the page from inside the call, throttled
//! there. A step costs one call through a pointer per article and stage, nothing more.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// The stages of the pipeline that report progress, in the order they run.
    pub enum Stage {
        /// Reading an article's text: normalising it, finding boilerplate, sentences, atoms.
        Text = "text",
        /// Extracting an article's names, dates, numbers and quotes.
        Extract = "extract",
        /// Gathering an article's names to link them across the articles.
        Link = "link",
        /// Comparing an article with the articles after it.
        Compare = "compare",
    }
}

/// Told by the pipeline as it starts each article of each stage.
pub trait Progress {
    /// The pipeline starts article number `article` (counting from 0) of the `of` articles
    /// that `stage` goes through. Stages come in the order of [`Stage::ALL`], and within a
    /// stage `article` counts up from 0 to `of - 1`.
    fn step(&mut self, stage: Stage, article: usize, of: usize);
}

/// Progress that goes nowhere: for the command line and the tests.
pub struct Silent;

impl Progress for Silent {
    fn step(&mut self, _: Stage, _: usize, _: usize) {}
}

/// Counts the articles of one stage as they start, for a stage that does not visit them
/// in index order (comparing goes event by event): its steps count 0, 1, 2, ...
pub(crate) struct Counter<'p> {
    progress: &'p mut dyn Progress,
    stage: Stage,
    next: usize,
    of: usize,
}

impl<'p> Counter<'p> {
    /// A counter of the `of` articles `stage` goes through, telling `progress`.
    pub fn new(progress: &'p mut dyn Progress, stage: Stage, of: usize) -> Self {
        Counter {
            progress,
            stage,
            next: 0,
            of,
        }
    }

    /// Says that the next article starts.
    pub fn step(&mut self) {
        self.progress.step(self.stage, self.next, self.of);
        self.next += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::DiagnosticCode;
    use crate::{analyze_with, ArticleInput, Input, Report};

    /// Keeps every step it is told.
    #[derive(Default)]
    struct Recording(Vec<(Stage, usize, usize)>);

    impl Progress for Recording {
        fn step(&mut self, stage: Stage, article: usize, of: usize) {
            self.0.push((stage, article, of));
        }
    }

    fn input(texts: &[&str]) -> Input {
        Input {
            articles: texts
                .iter()
                .enumerate()
                .map(|(i, text)| ArticleInput {
                    label: format!("Outlet {i}"),
                    text: text.to_string(),
                    ..Default::default()
                })
                .collect(),
        }
    }

    /// The steps the pipeline reports on `texts`, and the Report.
    fn run(texts: &[&str]) -> (Vec<(Stage, usize, usize)>, Report) {
        let mut recording = Recording::default();
        let report = analyze_with(&input(texts), &mut recording).expect("the input is valid");
        (recording.0, report)
    }

    fn steps(texts: &[&str]) -> Vec<(Stage, usize, usize)> {
        run(texts).0
    }

    /// Every stage in order, each counting `of` articles from 0.
    fn expected(counts: [usize; 4]) -> Vec<(Stage, usize, usize)> {
        Stage::ALL
            .iter()
            .zip(counts)
            .flat_map(|(&stage, of)| (0..of).map(move |a| (stage, a, of)))
            .collect()
    }

    #[test]
    fn the_pipeline_reports_every_article_of_every_stage_in_order() {
        let texts = [
            "Mayor Lena Ortiz opened the Kati bridge on Monday. About 300 people came.",
            "The Kati bridge opened on Monday, Mayor Lena Ortiz said. Some 250 came.",
            "Lena Ortiz cut the ribbon at Kati on Monday before a crowd of 300.",
        ];
        assert_eq!(steps(&texts), expected([3, 3, 3, 3]));
    }

    #[test]
    fn comparing_counts_only_the_articles_with_text() {
        let texts = [
            "Ferries left Port Selwyn on Friday.",
            "  ",
            "Ferries left on Friday.",
        ];
        assert_eq!(steps(&texts), expected([3, 3, 3, 2]));
    }

    #[test]
    fn articles_about_different_events_are_counted_once_each() {
        let fire = "A fire at the Varga textile mill in Kati killed six workers on Thursday. \
                    Firefighters from Port Selwyn fought the blaze for nine hours, chief Marta Hollis said. \
                    The mill's owner, Omar Haddad, said the cause was not known. \
                    Police in Kati said Inspector Jonas Brandt would lead an inquiry from Monday.";
        let vote =
            "Voters in Lindmark chose a new council on Sunday, electing Ines Varela as mayor. \
                    Turnout reached 61 per cent, the Lindmark Election Board said. \
                    The Green List won four of the nine seats, its leader Petra Anselm said. \
                    Counting ended after midnight at the Harbour Hall in Ostervik.";
        let (all, report) = run(&[fire, vote, fire, vote]);
        assert!(
            report
                .diagnostics
                .iter()
                .any(|d| d.code == DiagnosticCode::DifferentEvents),
            "two events: {:?}",
            report.diagnostics
        );
        assert_eq!(all, expected([4, 4, 4, 4]));
    }

    #[test]
    fn the_pages_words_name_every_stage_and_no_other() {
        let page = include_str!("../www/analyzer.js");
        let table = page
            .split_once("export const STAGES = {")
            .and_then(|(_, rest)| rest.split_once("};"))
            .expect("www/analyzer.js has a table STAGES closed by `};`")
            .0;
        let codes: Vec<&str> = table
            .lines()
            .filter_map(|l| l.trim().split_once(':'))
            .map(|(code, _)| code.trim())
            .collect();
        let ours: Vec<&str> = Stage::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(codes, ours);
    }
}
