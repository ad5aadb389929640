//! The school's past academic years: each kept whole and read-only after «Новый учебный год».

pub use super::data::PastYear;
