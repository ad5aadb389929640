//! Stage 7: the public information section of the school site, and its coverage in social
//! networks.
//!
//! Two kinds of data live here:
//! - [`Publication`] — what the coordinator decides about publishing, kept in
//!   `SchoolData::publication`: whether the coordinator agreed to show their contacts, the
//!   teachers named on the page with their stories, links to municipal and regional pages,
//!   news, roadmap rows to cover in social networks and the log of what was published where.
//! - [`PublicInfo`] — the **public projection**, the only data that leaves the school's
//!   browser (`info.json` and `nastavnik-info.html`). [`project`] builds it. No field of it can
//!   hold a person's data except [`PublicPerson`], whose fields are private to this module and
//!   which [`project`] makes only for a person with an active consent to publication
//!   ([`Person::may_publish`]) whom the coordinator chose to name. Everything else is the
//!   school's own data (profile, local acts, the roadmap without its «ответственные» and
//!   notes) and aggregates. Questionnaires, contacts and birth dates of teachers never go in.
//!
//! The file is an envelope like the archive: `{"format": "nastavnik-info", "version": 1,
//! "date": "2025-10-01", "app_version": "0.1.0", "info": {...}}`. Later data (pairs,
//! satisfaction, best practices) is added as new fields with `#[serde(default)]`; a reader
//! ignores fields it does not know, so an older app on the site still shows a newer file, and
//! `version` grows only when an existing field changes its meaning.

pub mod html;
mod info;
mod publication;
mod section;

pub use info::*;
pub use publication::*;
pub use section::*;

#[cfg(test)]
mod tests;
