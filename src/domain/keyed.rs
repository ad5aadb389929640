//! Enums a person picks from a list: each value has a stable key (kept in the archive, used as
//! an `<option>`'s value) and a Russian label. One trait instead of a `from_key` written again
//! for each enum, so that a select in `ui/` is one generic widget (`ui::widgets::EnumSelect`).

/// A closed list of values with stable keys and Russian labels.
pub trait Keyed: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order a list shows them.
    fn all() -> &'static [Self];
    /// The stable key (archive, `<option value>`).
    fn key(self) -> &'static str;
    /// The Russian label a person reads.
    fn label(self) -> &'static str;
    /// The value of a key; `None` for a key no value has.
    fn from_key(key: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.key() == key)
    }
}

/// Implements [`Keyed`] for enums that already have an associated `ALL` array and inherent
/// `key(self)` and `label(self)` methods (a type whose methods take `&self` does not compile
/// here, which is the point: the paths below name the inherent methods, never the trait's),
/// and gives each an inherent `from_key`, so that `TaskStatus::from_key(…)` reads the same
/// without the trait in scope.
///
/// The list lives here, not next to each enum: the modules of the enums never name this one,
/// so `keyed` sits above them in the module graph (tests/domain_layers.rs checks it).
macro_rules! keyed {
    ($($t:ty),* $(,)?) => {
        $(
            impl $t {
                /// The value of a key; `None` for a key no value has (see [`Keyed::from_key`]).
                pub fn from_key(key: &str) -> Option<Self> {
                    <Self as Keyed>::from_key(key)
                }
            }

            impl Keyed for $t {
                fn all() -> &'static [Self] {
                    &<$t>::ALL
                }
                fn key(self) -> &'static str {
                    <$t>::key(self)
                }
                fn label(self) -> &'static str {
                    <$t>::label(self)
                }
            }
        )*
    };
}

keyed!(
    super::forms::MentoringForm,
    super::pairs::PairStatus,
    super::pairs::TrainingKind,
    super::monitoring::Audience,
    super::monitoring::RoundKind,
    super::data::TaskStatus,
    super::library::PracticeKind,
    super::public::Channel,
    super::people::ConsentKind,
    super::people::BankStatus,
    super::taxonomy::AreaGroup,
    super::documents::registry::DocStatus,
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::forms::MentoringForm;
    use crate::domain::people::{BankStatus, ConsentKind};

    fn round_trip<T: Keyed + std::fmt::Debug>() {
        let all = T::all();
        assert!(!all.is_empty());
        for &v in all {
            assert_eq!(T::from_key(v.key()), Some(v), "{v:?}");
            assert!(!v.label().trim().is_empty(), "{v:?} has no label");
        }
        let mut keys: Vec<_> = all.iter().map(|v| v.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), all.len(), "two values share a key");
        assert_eq!(T::from_key("no-such-key"), None);
    }

    #[test]
    fn every_keyed_enum_round_trips_its_keys() {
        round_trip::<MentoringForm>();
        round_trip::<crate::domain::pairs::PairStatus>();
        round_trip::<crate::domain::pairs::TrainingKind>();
        round_trip::<crate::domain::monitoring::Audience>();
        round_trip::<crate::domain::monitoring::RoundKind>();
        round_trip::<crate::domain::data::TaskStatus>();
        round_trip::<crate::domain::library::PracticeKind>();
        round_trip::<crate::domain::public::Channel>();
        round_trip::<ConsentKind>();
        round_trip::<BankStatus>();
        round_trip::<crate::domain::taxonomy::AreaGroup>();
        round_trip::<crate::domain::documents::registry::DocStatus>();
    }

    #[test]
    fn from_key_finds_the_value_and_refuses_an_unknown_key() {
        assert_eq!(
            <MentoringForm as Keyed>::from_key(MentoringForm::ALL[1].key()),
            Some(MentoringForm::ALL[1])
        );
        assert_eq!(<BankStatus as Keyed>::from_key(""), None);
    }
}
