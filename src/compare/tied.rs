//! Amounts in sentences tied to one claim by a value they agree on: two sentences that
//! give the same day for what they tell, or one amount written two ways, tell one claim
//! more often than not, so another amount of one kind that each of them gives once is
//! about that claim too ("The 58-kilometre pipeline ... ruptured early on Tuesday" / "The
//! 36-mile line ... failed in the early hours of March 11"). Only agreements come this way:
//! two amounts that cannot both be true may be about two things the claim holds, and a
//! conflict is not cheap to report wrongly.

use super::facts::{compatible, judge, quantities_in};
use super::sides::Judged;
use super::Ctx;

/// Agreements between the amounts of the sentences of `ties` (article, sentence) pairs,
/// each the only amount of its kind in its sentence (an amount of no known kind is of
/// none).
pub fn agreements<'c>(ctx: &'c Ctx, ties: &[((usize, usize), (usize, usize))]) -> Vec<Judged<'c>> {
    let mut out = Vec::new();
    for &((x, s), (y, t)) in ties {
        let (qx, qy) = (quantities_in(ctx, x, s), quantities_in(ctx, y, t));
        for a in &qx {
            let u = a.1;
            if qx.iter().filter(|q| q.1.same_thing(u)).count() != 1 {
                continue;
            }
            let theirs: Vec<_> = qy.iter().filter(|q| q.1.same_thing(u)).collect();
            if let [b] = theirs[..] {
                if compatible(u, b.1) {
                    out.push(judge(
                        ctx,
                        (x, *a),
                        (y, *b),
                        "the only quantity of {unit} in two sentences that agree on another value",
                        false,
                    ));
                }
            }
        }
    }
    out
}
