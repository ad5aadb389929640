//! The school's past academic years: each kept whole and read-only after «Новый учебный год».

use serde::{Deserialize, Serialize};

use super::data::SchoolData;

/// A finished academic year, frozen as it was when the next one began.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PastYear {
    /// The academic year, e.g. «2026/2027» (the profile's `academic_year` at the rollover).
    pub label: String,
    /// When the year was closed (ISO date).
    pub closed_on: String,
    /// The whole year as it was; its own `past_years` is empty.
    pub data: SchoolData,
}
