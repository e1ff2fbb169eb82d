//! Names spelled two ways in matching sentences of two articles: where the sentences
//! differ, a capitalised word one or two letters from the other article's word. This is
//! the context the linker lacks, so it finds variants that are known names elsewhere
//! ("Dunmore") or that the recogniser typed differently.

use super::align::{AlignmentClass, Match};
use super::finding::{finding, Finding, FindingKind};
use super::sentences::Sentence;
use super::Ctx;
use std::ops::Range;

/// Words in a replaced stretch of two matching sentences short enough to look for a
/// name spelled two ways in ("Amadi-Rourke wrote for the majority" / "Amadi-Rorke said").
const SHORT: usize = 6;

/// Names spelled two ways in matching sentences of articles `x` and `y`: where the
/// sentences differ, a capitalised word is one or two letters from the other article's
/// ("a school in Dunmere" / "a school in Dunmore"). This is the context the linker lacks:
/// it finds variants that are known names elsewhere, or that the recogniser typed
/// differently. Words already linked as one entity, and pairs where both forms stand in
/// one sentence ("Brekka and Brekke"), are left out.
pub fn in_matching_sentences(ctx: &Ctx, x: usize, y: usize, aligned: &[Match]) -> Vec<Finding> {
    let mut out = Vec::new();
    for m in aligned
        .iter()
        .filter(|m| m.class != AlignmentClass::Identical)
    {
        let (sx, sy) = (&ctx.stories[x][m.x], &ctx.stories[y][m.y]);
        let replaced = super::diff::replacements(&sx.ids, &sy.ids);
        // Short replacements only ("neighbouring Dunmere" for "Dunmore").
        let pairs = replaced
            .into_iter()
            .filter(|(old, new)| old.len() <= SHORT && new.len() <= SHORT)
            .flat_map(|(old, new)| old.flat_map(move |i| new.clone().map(move |j| (i, j))));
        for (i, j) in pairs {
            let (wx, wy) = (&sx.words[i], &sy.words[j]);
            let (rx, ry) = (sx.spans[i].clone(), sy.spans[j].clone());
            let (tx, ty) = (
                ctx.docs[x].as_written(rx.clone()),
                ctx.docs[y].as_written(ry.clone()),
            );
            let capitalised = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
            let (ix, iy) = (sx.ids[i], sy.ids[j]);
            let both_in = |s: &Sentence| s.ids.contains(&ix) && s.ids.contains(&iy);
            if !capitalised(tx)
                || !capitalised(ty)
                || !crate::link::is_misspelling(wx, wy)
                || both_in(sx)
                || both_in(sy)
            {
                continue;
            }
            // The entity of the mention the word overlaps ("Mail's" holds "Mail").
            let entity = |a: usize, r: &Range<usize>| {
                let ms = &ctx.docs[a].mentions;
                let k = ms.partition_point(|mm| mm.range.end <= r.start);
                ms.get(k)
                    .filter(|mm| mm.range.start < r.end)
                    .and_then(|mm| mm.entity)
            };
            if entity(x, &rx).is_some() && entity(x, &rx) == entity(y, &ry) {
                continue;
            }
            // The form written less often across the articles is the likely slip.
            let (nx, ny) = (ctx.written[ix as usize], ctx.written[iy as usize]);
            let ((slip, slip_text, slip_n), (name, name_text, name_n)) = if nx < ny {
                ((x, tx, nx), (y, ty, ny))
            } else {
                ((y, ty, ny), (x, tx, nx))
            };
            let mut f = finding(
                FindingKind::EntityVariant,
                &[x, y],
                vec![(x, rx), (y, ry)],
                format!(
                    "\u{201c}{slip_text}\u{201d} in {} looks like a misspelling of \u{201c}{name_text}\u{201d} in {}",
                    ctx.label(slip),
                    ctx.label(name)
                ),
            );
            f.wording.why = format!(
                "matching sentences differ only there, and the two are a letter or two apart; \u{201c}{name_text}\u{201d} is written {name_n} time(s), \u{201c}{slip_text}\u{201d} {slip_n}"
            );
            out.push(f);
        }
    }
    out
}
