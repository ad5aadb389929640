//! Enums that name the text fields of a record (the columns of a roadmap row, of a plan item,
//! the fields of the school's profile): one table gives the enum, its list, each field's key
//! (its path inside the record, as the archive names it), its Russian label and the way to
//! read and change it, so that a field is never added to one of them and forgotten in another.
//! [`labeled!`] does the same for an enum that only needs its list and labels.
//!
//! This module names no other, so it stays at the bottom of the module graph.

/// Defines an enum from a table of `Variant => "Label"` (each row may carry doc comments), with
/// `ALL`, every value in the table's order, and `label(self)`, the Russian label: one list
/// instead of three (the enum, `ALL`, the `label` match) that must be kept in step.
macro_rules! labeled {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident => $label:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        impl $name {
            /// Every value, in the order of the table.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// The Russian label.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }
        }
    };
}
pub(crate) use labeled;

/// Defines an enum over the `String` fields of a record, from a table of
/// `Variant(path.to.field) => "Label"`, with what [`labeled!`] gives (`ALL`, every value in the
/// table's order, and `label(self)`, the Russian label) and:
/// - `key(self)`, the field's path (`"event"`, `"director.full_name"`);
/// - `get(self, &record) -> &str` and `slot(self, &mut record) -> &mut String`.
macro_rules! text_fields {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident of $record:ty {
            $($variant:ident($($field:ident).+) => $label:literal),+ $(,)?
        }
    ) => {
        $crate::domain::text_fields::labeled! {
            $(#[$meta])*
            $vis enum $name {
                $($variant => $label),+
            }
        }

        impl $name {
            /// The field's path inside the record.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => stringify!($($field).+)),+
                }
            }

            /// The field's text in a record.
            pub fn get(self, r: &$record) -> &str {
                match self {
                    $($name::$variant => &r.$($field).+),+
                }
            }

            /// The field of a record, to change.
            fn slot(self, r: &mut $record) -> &mut String {
                match self {
                    $($name::$variant => &mut r.$($field).+),+
                }
            }
        }
    };
}
pub(crate) use text_fields;
