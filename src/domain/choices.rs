//! The closed lists the register's and the import's screens offer as selects: keys and
//! Russian labels ([`Keyed`]) of the list filters, the sort, the qualification category, the
//! field of an imported column and the role given to imported teachers.

use super::import::{Column, ImportRole};
use super::keyed::Keyed;
use super::people::{Category, ConsentFilter, RoleFilter, SortBy};

/// Implements [`Keyed`] from a table of `value => (key, label)`.
macro_rules! keyed_table {
    ($t:ty { $($v:expr => ($key:expr, $label:expr)),* $(,)? }) => {
        impl Keyed for $t {
            fn all() -> &'static [Self] {
                &[$($v),*]
            }
            fn key(self) -> &'static str {
                $(if self == $v { return $key; })*
                unreachable!()
            }
            fn label(self) -> &'static str {
                $(if self == $v { return $label; })*
                unreachable!()
            }
        }
    };
}

keyed_table!(RoleFilter {
    RoleFilter::All => ("all", "все"), RoleFilter::Mentees => ("mentees", "наставляемые"),
    RoleFilter::Mentors => ("mentors", "наставники"), RoleFilter::NoRole => ("none", "без роли"),
});
keyed_table!(ConsentFilter {
    ConsentFilter::All => ("all", "все"), ConsentFilter::With => ("with", "есть"),
    ConsentFilter::Without => ("without", "нет"),
});
keyed_table!(SortBy {
    SortBy::Name => ("name", "по ФИО"), SortBy::Experience => ("experience", "по стажу"),
    SortBy::Position => ("position", "по должности"),
});
keyed_table!(ImportRole {
    ImportRole::None => ("none", "как в файле (столбец «Роль»), иначе без роли"),
    ImportRole::Mentee => ("mentee", "кандидаты в наставляемые (этап 2)"),
    ImportRole::Mentor => ("mentor", "кандидаты в наставники (этап 3)"),
});

/// The category's key is its name in the archive (`snake_case`).
impl Keyed for Category {
    fn all() -> &'static [Self] {
        &Category::ALL
    }
    fn key(self) -> &'static str {
        match self {
            Category::None => "none",
            Category::Compliance => "compliance",
            Category::First => "first",
            Category::Highest => "highest",
            Category::Methodist => "methodist",
            Category::Mentor => "mentor",
        }
    }
    fn label(self) -> &'static str {
        Category::label(self)
    }
}

/// A column's field is keyed by its label: the mapping is chosen anew for each file and
/// never stored.
impl Keyed for Column {
    fn all() -> &'static [Self] {
        &Column::ALL
    }
    fn key(self) -> &'static str {
        Column::label(self)
    }
    fn label(self) -> &'static str {
        Column::label(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Keyed + std::fmt::Debug>() {
        for &v in T::all() {
            assert_eq!(T::from_key(v.key()), Some(v), "{v:?}");
            assert!(!v.label().is_empty());
        }
        let mut keys: Vec<&str> = T::all().iter().map(|v| v.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), T::all().len(), "two values share a key");
        assert_eq!(T::from_key("no-such-key"), None);
    }

    #[test]
    fn every_list_round_trips_its_keys() {
        round_trip::<RoleFilter>();
        round_trip::<ConsentFilter>();
        round_trip::<SortBy>();
        round_trip::<ImportRole>();
        round_trip::<Category>();
        round_trip::<Column>();
    }

    #[test]
    fn the_category_key_is_its_name_in_the_archive() {
        for &c in Category::all() {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.key()));
        }
    }

    #[test]
    fn the_keys_are_those_the_screens_always_sent() {
        assert_eq!(RoleFilter::from_key("none"), Some(RoleFilter::NoRole));
        assert_eq!(
            ConsentFilter::from_key("without"),
            Some(ConsentFilter::Without)
        );
        assert_eq!(SortBy::from_key("experience"), Some(SortBy::Experience));
        assert_eq!(ImportRole::from_key("mentor"), Some(ImportRole::Mentor));
        assert_eq!(Column::from_key("ФИО"), Some(Column::FullName));
    }
}
