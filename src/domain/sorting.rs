//! One sort for the whole program.
//!
//! Each call of `slice::sort_by` (and of `sort`, `sort_by_key`, `sort_unstable_by`, …, and
//! of `collect` into a `BTreeMap` or `BTreeSet`, which sorts its input) builds a copy of the
//! standard library's sort for its element type and its comparison: about 4 KB of wasm each,
//! 17 times over (20 KB of the gzip). Here the elements are put in order through one sort of their
//! indices, behind a `&dyn Fn`: the sort itself is built once, and each caller adds only the
//! small generic shell (the comparison and the moving of elements into place).
//!
//! Every sort here is stable: elements that compare equal keep their order. Keys are worked
//! out once per element, as `sort_by_cached_key` does, so an expensive key (a folded name) is
//! not recomputed at every comparison.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `items` stably by `cmp`.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = order_of(items.len(), &|a, b| cmp(&items[a], &items[b]));
    apply(items, order);
}

/// Sorts `items` stably by the key `key` gives; each key is worked out once.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = order_of(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    apply(items, order);
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp)
}

/// A set of what `items` yields, without the sort `collect` runs first to build the tree in
/// one go. Of two equal items the first stays (`collect` keeps the later): the same set
/// wherever equal means identical, as for strings and numbers. (Keeping the later one, with
/// `replace`, costs 1.1 KB of gzip over today's callers, whose items are all strings.)
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    for item in items {
        set.insert(item);
    }
    set
}

/// A map of what `entries` yields, without the sort of `collect`. Of two entries with equal
/// keys the later value stays, under the first key (`collect` keeps the later key too): the
/// same map wherever equal keys are identical, as strings are.
pub fn map_of<K: Ord, V>(entries: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (k, v) in entries {
        map.insert(k, v);
    }
    map
}

/// The indices `0..n` in the order `cmp` gives them (equal ones by index): the one
/// instance of the standard library's sort.
#[inline(never)]
fn order_of(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves the elements so that place `i` holds what was at `order[i]`, by following each
/// cycle of the permutation once (`order` is a permutation of `0..items.len()`).
fn apply<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        // A place already filled points to itself.
        while order[at] != start && order[at] != at {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every permutation of `0..n` of a few sizes, by Heap's algorithm.
    fn permutations(n: usize) -> Vec<Vec<usize>> {
        fn go(k: usize, v: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
            if k <= 1 {
                out.push(v.clone());
                return;
            }
            for i in 0..k {
                go(k - 1, v, out);
                let j = if k.is_multiple_of(2) { i } else { 0 };
                v.swap(j, k - 1);
            }
        }
        let mut out = Vec::new();
        go(n, &mut (0..n).collect(), &mut out);
        out
    }

    #[test]
    fn apply_moves_each_element_to_its_place_for_every_permutation() {
        for n in 0..=6 {
            let all = permutations(n);
            assert_eq!(all.len(), (1..=n).product::<usize>());
            for order in all {
                let mut items: Vec<char> = "abcdef"[..n].chars().collect();
                let want: Vec<char> = order.iter().map(|&i| items[i]).collect();
                apply(&mut items, order.clone());
                assert_eq!(items, want, "order {order:?}");
            }
        }
    }

    #[test]
    fn sorts_agree_with_the_standard_library_and_are_stable() {
        // Pairs sorted by their first half only: equal halves must keep their order.
        let mut seed = 7u32;
        for len in [0, 1, 2, 3, 10, 100, 1000] {
            let items: Vec<(u8, u32)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) as u8 % 7, i)
                })
                .collect();
            let mut want = items.clone();
            want.sort_by_key(|a| a.0);
            let mut got = items.clone();
            sort_by(&mut got, |a, b| a.0.cmp(&b.0));
            assert_eq!(got, want, "sort_by, {len} items");
            let mut got = items.clone();
            sort_by_key(&mut got, |p| std::cmp::Reverse(p.0));
            want.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(got, want, "sort_by_key, {len} items");
            let mut got = items.clone();
            sort(&mut got);
            want.sort();
            assert_eq!(got, want, "sort, {len} items");
        }
    }

    #[test]
    fn a_key_is_worked_out_once_per_element() {
        let mut calls = 0;
        let mut v = vec![3, 1, 2, 5, 4];
        sort_by_key(&mut v, |x| {
            calls += 1;
            *x
        });
        assert_eq!(v, [1, 2, 3, 4, 5]);
        assert_eq!(calls, 5);
    }

    /// A key that compares by `rank` only, so that two equal keys can still be told apart.
    #[derive(Debug, Clone, Copy)]
    struct Key {
        rank: u8,
        name: &'static str,
    }
    impl PartialEq for Key {
        fn eq(&self, other: &Self) -> bool {
            self.rank == other.rank
        }
    }
    impl Eq for Key {}
    impl PartialOrd for Key {
        fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
            Some(self.cmp(other))
        }
    }
    impl Ord for Key {
        fn cmp(&self, other: &Self) -> Ordering {
            self.rank.cmp(&other.rank)
        }
    }

    #[test]
    fn sets_and_maps_match_collect() {
        let words = ["в", "а", "б", "а", "ё"];
        assert_eq!(set_of(words), words.into_iter().collect::<BTreeSet<_>>());
        let entries = [("б", 1), ("а", 2), ("б", 3)];
        let map = map_of(entries);
        assert_eq!(map, entries.into_iter().collect::<BTreeMap<_, _>>());
        assert_eq!(map["б"], 3, "the later entry stays");
    }

    #[test]
    fn of_equal_keys_the_first_key_stays_with_the_later_value() {
        let first = Key {
            rank: 1,
            name: "first",
        };
        let later = Key {
            rank: 1,
            name: "later",
        };
        let names = |keys: Vec<&Key>| keys.iter().map(|k| k.name).collect::<Vec<_>>();
        assert_eq!(names(set_of([first, later]).iter().collect()), ["first"]);
        let map = map_of([(first, 1), (later, 2)]);
        assert_eq!(names(map.keys().collect()), ["first"]);
        assert_eq!(map.values().collect::<Vec<_>>(), [&2]);
        // `collect` differs only there: it keeps the later key.
        let collected: BTreeSet<Key> = [first, later].into_iter().collect();
        assert_eq!(names(collected.iter().collect()), ["later"]);
    }
}
