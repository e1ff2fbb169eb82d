//! The one sort the page's analyser uses. The standard library's sorts are generic: each
//! element type and each key closure gets its own copy of the sorting code, and the crate's
//! sixty-odd sorts came to about 190 KB of the wasm module's code (BENCHMARKS.md, "Size"),
//! downloaded by every reader. Here one merge sort, compiled once, orders the positions of a
//! slice, asking a comparison passed by reference; what stays generic per call is a closure
//! and a loop of swaps.
//!
//! Every function here is stable, as `slice::sort_by_key` is: equal elements keep their order.
//! The tidy test (`tests/tidy.rs`) keeps the standard sorts out of the product's code.

use std::cmp::Ordering;

/// Sorts `v` by `key`, stably (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order, stably (as `slice::sort`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts `v` by `compare`, stably (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let v = &*v;
        stable_order(v.len(), &mut |i, j| compare(&v[i], &v[j]) == Ordering::Less)
    };
    permute(v, order);
}

/// The positions `0..n` in the order a stable sort puts their elements: `less(i, j)` says
/// whether the element at `i` comes strictly before the one at `j`. Insertion sort on runs of
/// [`RUN`], then merges of neighbouring runs, each taking from the left run on ties.
fn stable_order(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = a[i];
            let mut j = i;
            while j > start && less(x, a[j - 1]) {
                a[j] = a[j - 1];
                j -= 1;
            }
            a[j] = x;
        }
    }
    let mut b = vec![0; n];
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                if j < hi && (i >= mid || less(a[j], a[i])) {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// How many elements insertion sort orders before the merges begin.
const RUN: usize = 16;

/// Rearranges `v` so that its element `k` is the one that was at `order[k]`, by swaps.
fn permute<T>(v: &mut [T], order: Vec<usize>) {
    // Where each element goes: the inverse of `order`.
    let mut dest = vec![0; order.len()];
    for (k, &from) in order.iter().enumerate() {
        dest[from] = k;
    }
    for i in 0..v.len() {
        while dest[i] != i {
            let d = dest[i];
            v.swap(i, d);
            dest.swap(i, d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included: elements
        /// that compare equal by key keep their order (the second field tells them apart).
        #[test]
        fn orders_as_the_standard_stable_sort(items in prop::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            let mut std_sorted = items;
            sort_by_key(&mut ours, |&(k, _)| k);
            std_sorted.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, std_sorted);
        }

        #[test]
        fn sorts_as_the_standard_sort(mut items in prop::collection::vec(any::<i32>(), 0..300)) {
            let mut ours = items.clone();
            sort(&mut ours);
            items.sort_unstable();
            prop_assert_eq!(ours, items);
        }
    }

    #[test]
    fn a_reversed_comparison_sorts_descending() {
        let mut v = vec![3, 1, 4, 1, 5, 9, 2, 6];
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, [9, 6, 5, 4, 3, 2, 1, 1]);
    }
}
