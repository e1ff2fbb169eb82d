//! Who claims each value a finding compares: the source of the reporting event whose
//! content holds it ("the United Nations says 14 died; the ministry says 9"), added to the
//! summary of the conflicts and agreements of numbers, dates and names.

use super::finding::{Finding, FindingKind};
use super::Ctx;
use crate::extract::speech::{Reporting, SourceKind};
use std::ops::Range;

/// The reporting event of article `a` whose content holds `range`, if any and not negated
/// ("did not say" credits no one).
fn claimed_by<'d>(ctx: &Ctx<'d>, a: usize, range: &Range<usize>) -> Option<&'d Reporting> {
    ctx.docs[a].speech.iter().find(|r| r.credits(range))
}

/// What article `a` says of the source of `r`: "credits “X”", with the name a pronoun
/// refers to, else the phrase that names the source; "gives no source (“reportedly”)" when
/// the cue names none.
fn source_words(ctx: &Ctx, a: usize, r: &Reporting) -> String {
    let doc = &ctx.docs[a];
    let quoted =
        |range: &Range<usize>| format!("\u{201c}{}\u{201d}", doc.as_written(range.clone()));
    match r.refers_to.as_ref().or(r.source.as_ref()) {
        Some(named) if r.kind != SourceKind::Unspecified => format!("credits {}", quoted(named)),
        _ => format!("gives no source ({})", quoted(&r.cue)),
    }
}

/// Adds to the summary of each conflict and agreement of values in `findings` who each
/// article credits the value to, when at least one of them credits someone: "Reuters
/// credits “the United Nations”; Press TV gives no source".
pub fn credit(ctx: &Ctx, findings: &mut [Finding]) {
    for f in findings.iter_mut() {
        if !matches!(
            f.kind,
            FindingKind::ConflictQuantity
                | FindingKind::ConflictDate
                | FindingKind::ConflictName
                | FindingKind::AgreementQuantity
                | FindingKind::AgreementDate
        ) {
            continue;
        }
        let mut sides: Vec<(usize, Option<String>)> = Vec::new();
        for (a, range) in &f.spans {
            if sides.iter().any(|(b, _)| b == a) {
                continue;
            }
            let by = claimed_by(ctx, *a, range).map(|r| source_words(ctx, *a, r));
            sides.push((*a, by));
        }
        if sides.iter().all(|(_, by)| by.is_none()) {
            continue;
        }
        let said: Vec<String> = sides
            .iter()
            .map(|(a, by)| match by {
                Some(by) => format!("{} {by}", ctx.label(*a)),
                None => format!("{} gives no source", ctx.label(*a)),
            })
            .collect();
        f.wording.summary = format!("{} ({})", f.wording.summary, said.join("; "));
    }
}
