//! Records kept in the lists of the school's data (people, pairs, orders, trainings …) and
//! found by their `id`: one way to find, change and remove one, with one «Нет …» message each.
//!
//! This module names no other: the record types implement [`Record`] where they are defined
//! (with [`record!`]), so it stays at the bottom of the module graph.

/// A record of a list, with a unique `id`.
pub trait Record: Clone {
    /// What a missing record is called before its id: «Нет материала» (… «k7»).
    const MISSING: &'static str;
    fn id(&self) -> &str;
}

/// Implements [`Record`] for a type with an `id: String` field: `record!(Training, "Нет мероприятия");`.
macro_rules! record {
    ($t:ty, $missing:literal) => {
        impl $crate::domain::records::Record for $t {
            const MISSING: &'static str = $missing;
            fn id(&self) -> &str {
                &self.id
            }
        }
    };
}
pub(crate) use record;

/// The next free id with a prefix among `ids` (`g1`, `g2` …).
pub fn next_id<'a>(prefix: char, ids: impl Iterator<Item = &'a str>) -> String {
    let max = ids
        .filter_map(|id| id.strip_prefix(prefix).and_then(|n| n.parse::<u32>().ok()))
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max + 1)
}

/// Adds the record that `make` builds with the next free id (`prefix` and a number, see
/// [`next_id`]); returns the id.
pub fn push_new<T: Record>(
    items: &mut Vec<T>,
    prefix: char,
    make: impl FnOnce(String) -> T,
) -> String {
    let id = next_id(prefix, items.iter().map(|r| r.id()));
    items.push(make(id.clone()));
    id
}

/// «Нет … «id»»: the error for an unknown id.
pub fn missing<T: Record>(id: &str) -> String {
    format!("{} «{id}»", T::MISSING)
}

/// The index of the record `id`.
pub fn index_of<T: Record>(items: &[T], id: &str) -> Result<usize, String> {
    items
        .iter()
        .position(|r| r.id() == id)
        .ok_or_else(|| missing::<T>(id))
}

/// The record `id`, to change in place.
pub fn find_mut<'a, T: Record>(items: &'a mut [T], id: &str) -> Result<&'a mut T, String> {
    let i = index_of(items, id)?;
    Ok(&mut items[i])
}

/// Changes the record `id` through a copy: `f` edits it, `check` accepts it, then it replaces
/// the record; on any error nothing changes.
pub fn update_checked<T: Record>(
    items: &mut [T],
    id: &str,
    f: impl FnOnce(&mut T) -> Result<(), String>,
    check: impl FnOnce(&T) -> Result<(), String>,
) -> Result<(), String> {
    let record = find_mut(items, id)?;
    let mut copy = record.clone();
    f(&mut copy)?;
    check(&copy)?;
    *record = copy;
    Ok(())
}

/// Removes the record `id` and gives it back.
pub fn remove<T: Record>(items: &mut Vec<T>, id: &str) -> Result<T, String> {
    let i = index_of(items, id)?;
    Ok(items.remove(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct Item {
        id: String,
        n: u8,
    }
    record!(Item, "Нет записи");

    fn items() -> Vec<Item> {
        ["a", "b"]
            .iter()
            .map(|id| Item {
                id: id.to_string(),
                n: 1,
            })
            .collect()
    }

    #[test]
    fn ids_continue_after_the_largest() {
        assert_eq!(next_id('g', ["g1", "g7", "x9"].into_iter()), "g8");
        assert_eq!(next_id('t', std::iter::empty()), "t1");
        let mut v = items();
        v[1].id = "a7".into();
        assert_eq!(push_new(&mut v, 'a', |id| Item { id, n: 3 }), "a8");
        assert_eq!((v[2].id.as_str(), v[2].n), ("a8", 3));
    }

    #[test]
    fn an_unknown_id_is_named_in_the_message() {
        assert_eq!(index_of(&items(), "b"), Ok(1));
        assert_eq!(index_of(&items(), "c"), Err("Нет записи «c»".to_string()));
        assert_eq!(remove(&mut items(), "c"), Err("Нет записи «c»".to_string()));
    }

    #[test]
    fn a_refused_change_changes_nothing() {
        let mut v = items();
        let refuse = |i: &Item| {
            if i.n > 2 {
                Err("много".to_string())
            } else {
                Ok(())
            }
        };
        let add = |k: u8| {
            move |i: &mut Item| {
                i.n += k;
                Ok(())
            }
        };
        assert_eq!(
            update_checked(&mut v, "a", add(5), refuse),
            Err("много".into())
        );
        assert_eq!(v, items());
        assert_eq!(update_checked(&mut v, "a", add(1), refuse), Ok(()));
        assert_eq!((v[0].n, v[1].n), (2, 1));
        assert_eq!(remove(&mut v, "a").map(|i| i.n), Ok(2));
        assert_eq!(v.len(), 1);
    }
}
