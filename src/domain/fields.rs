//! Enums of the editable text fields of a record (a roadmap row, a plan item, the school
//! profile), declared as one table: each field's variant, where its text lives in the record,
//! its stable key and its Russian label. [`text_fields!`] writes the enum, `ALL`, the key and
//! label methods and the `get`/`slot` accessors from it, so a field is added in one line.
//!
//! This module names no other, so it stays at the bottom of the module graph.

/// Declares a text-field enum from its table:
///
/// ```ignore
/// text_fields! {
///     /// A text column of a plan item.
///     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
///     pub enum ItemField for PlanItem, key {
///         Event => event, "event", "Мероприятие";
///     }
/// }
/// ```
///
/// `key` names the method that returns the key («key», or «path» for a dotted path). The
/// field is a path of fields (`director.full_name`) to a `String`.
macro_rules! text_fields {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident for $record:ty, $key_fn:ident {
            $($variant:ident => $($field:ident).+, $key:literal, $label:literal;)+
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($variant,)+
        }

        impl $name {
            /// Every field, in the order of the table.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// The stable key of the field (form names, element ids, archive paths).
            pub fn $key_fn(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The field's label, in Russian.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }

            /// The field's text in `record`.
            pub fn get(self, record: &$record) -> &str {
                match self {
                    $($name::$variant => &record.$($field).+,)+
                }
            }

            /// The field's text in `record`, to change.
            pub fn slot(self, record: &mut $record) -> &mut String {
                match self {
                    $($name::$variant => &mut record.$($field).+,)+
                }
            }
        }
    };
}
pub(crate) use text_fields;
