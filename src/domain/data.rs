//! `SchoolData`: the whole dataset of one school and one academic year, and the
//! operations that change it — here the core ones (roadmap rows, document records), in the
//! submodules those of the register ([`registry`]), the areas ([`areas`]), the pairs
//! ([`pairing`]) and the records of stages 4–6 ([`activities`]). A feature's own operations
//! live with the feature (`pair_orders`, `public`); this module needs none of them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::documents::registry::{DocKind, DocRecord};
use super::forms::MentoringForm;
use super::library::{check_event, check_practice, FinalEvent, Practice, MAX_PRACTICES};
use super::monitoring::Monitoring;
use super::pairs::{
    program_from_needs, MatchingSettings, MentorChange, Pair, PairStatus, SupportEntry, Training,
};
use super::people::Person;
use super::public::Publication;
use super::roadmap::{self, RoadmapRow, RowField};
use super::school::SchoolProfile;
use super::taxonomy::{default_areas, Area, AreaGroup};

pub use super::roadmap::TaskStatus;
pub use areas::MAX_AREAS;

mod activities;
mod areas;
mod pairing;
mod registry;

/// The whole dataset (schema version 5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolData {
    pub profile: SchoolProfile,
    /// The Дорожная карта: the stages' tasks as the school plans them.
    pub roadmap: Vec<RoadmapRow>,
    /// Document kind key (see `DocKind::key`) → what the school recorded for it.
    #[serde(default)]
    pub documents: BTreeMap<String, DocRecord>,
    /// The school's teachers (the register behind both banks).
    #[serde(default)]
    pub people: Vec<Person>,
    /// The areas of difficulty and strength the questionnaires rate.
    #[serde(default = "default_areas")]
    pub taxonomy: Vec<Area>,
    /// Mentoring pairs and groups (stage 5).
    #[serde(default)]
    pub pairs: Vec<Pair>,
    /// Training events of mentors (stage 4).
    #[serde(default)]
    pub trainings: Vec<Training>,
    /// Support of mentees left without a mentor (stage 5).
    #[serde(default)]
    pub support: Vec<SupportEntry>,
    /// The coordinator's settings of the suggestion (stage 4).
    #[serde(default)]
    pub matching: MatchingSettings,
    /// Questionnaires, rounds and answers of the monitoring (stage 6).
    #[serde(default)]
    pub monitoring: Monitoring,
    /// The «методическая копилка» (stage 6).
    #[serde(default)]
    pub library: Vec<Practice>,
    /// The final event of the year (stage 6).
    #[serde(default)]
    pub final_event: FinalEvent,
    /// The further orders on pairs of the year (additional, replacement, early end).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pair_orders: Vec<super::pairs::PairOrder>,
    /// The fictional example school («Загрузить пример»): shown as such, removable in a click.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
    /// The public section and its coverage (stage 7); absent from the file while empty, so
    /// it needs no new schema version.
    #[serde(default, skip_serializing_if = "Publication::is_empty")]
    pub publication: Publication,
    /// The finished academic years, oldest first, read-only (see [`super::years`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub past_years: Vec<PastYear>,
}

/// A finished academic year, frozen as it was when the next one began (see
/// [`super::years`]); a core type, so it lives here with the data it holds.
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

impl Default for SchoolData {
    fn default() -> Self {
        SchoolData {
            profile: SchoolProfile::default(),
            roadmap: super::roadmap::default_roadmap(),
            documents: BTreeMap::new(),
            people: Vec::new(),
            taxonomy: default_areas(),
            pairs: Vec::new(),
            trainings: Vec::new(),
            support: Vec::new(),
            matching: MatchingSettings::default(),
            monitoring: Monitoring::default(),
            library: Vec::new(),
            final_event: FinalEvent::default(),
            pair_orders: Vec::new(),
            example: false,
            publication: Publication::default(),
            past_years: Vec::new(),
        }
    }
}

impl SchoolData {
    /// A row of the roadmap.
    pub fn row(&self, id: &str) -> Option<&RoadmapRow> {
        self.roadmap.iter().find(|r| r.id == id)
    }

    /// The status of a roadmap row (not started when there is no such row).
    pub fn status(&self, id: &str) -> TaskStatus {
        self.row(id).map(|r| r.status).unwrap_or_default()
    }

    pub fn set_task_status(&mut self, id: &str, status: TaskStatus) -> Result<(), String> {
        roadmap::set_status(&mut self.roadmap, id, status)
    }

    pub fn set_task_note(&mut self, id: &str, note: &str) -> Result<(), String> {
        roadmap::set_field(&mut self.roadmap, id, RowField::Note, note)
    }

    /// The registry record of a document (a default draft when never touched).
    pub fn document(&self, kind: DocKind) -> DocRecord {
        self.documents.get(kind.key()).cloned().unwrap_or_default()
    }

    pub fn update_document(&mut self, kind: DocKind, f: impl FnOnce(&mut DocRecord)) {
        let mut record = self.document(kind);
        f(&mut record);
        if record == DocRecord::default() {
            self.documents.remove(kind.key());
        } else {
            self.documents.insert(kind.key().to_string(), record);
        }
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// True when nothing at all has been entered.
    pub fn is_empty(&self) -> bool {
        *self == SchoolData::default()
    }
}

/// Most people the register holds (a large school has about 150 teachers; the benchmark uses
/// 2 000).
pub const MAX_PEOPLE: usize = 5000;

#[cfg(test)]
mod tests;
