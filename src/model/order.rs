//! One stable sort for the whole app: each element type sorted with the standard library's
//! sort brings its own copy of the sort's code (about 3.5 KB of wasm each), so the lists the
//! first screen sorts (assignees, the agenda, congress ids, kept copies) go through a single
//! instantiation, over indices and a comparison behind a reference.

use std::cmp::Ordering;

/// Sorts `items` stably (equal items keep their order), as `slice::sort_by` does.
pub fn sort_stable_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &|a, b| cmp(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

/// Sorts `items` stably by their natural order.
pub fn sort_stable<T: Ord>(items: &mut Vec<T>) {
    sort_stable_by(items, T::cmp);
}

#[inline(never)]
fn sort_indices(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|a, b| cmp(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort_on_random_lists_with_ties() {
        // A small linear congruential generator: the same lists on every run.
        let mut seed: u64 = 0x2023_2028;
        let mut next = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as u32
        };
        for len in 0..200 {
            // Keys from a small range, so most lists have ties; the second field tells
            // equal keys apart, to see that their order is kept.
            let list: Vec<(u32, usize)> = (0..len).map(|i| (next() % 7, i)).collect();
            let mut ours = list.clone();
            sort_stable_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std_sorted = list.clone();
            std_sorted.sort_by(|a, b| a.0.cmp(&b.0));
            assert_eq!(ours, std_sorted, "length {len}");
        }
    }

    #[test]
    fn sorts_strings_with_vietnamese_letters_by_their_natural_order() {
        let mut names: Vec<String> = ["Đạt", "An", "Bình", "Ân", "An"].iter().map(|s| s.to_string()).collect();
        sort_stable(&mut names);
        assert_eq!(names, ["An", "An", "Bình", "Ân", "Đạt"]);
    }
}
