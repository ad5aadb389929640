//! The rules of the mentoring model. Pure Rust: no leptos, no web-sys, no js-sys.
//! Everything here is tested on the host with `cargo test`.

pub mod anonymize;
pub mod answers;
pub mod archive;
pub mod banks;
pub mod bulk;
pub mod charts;
pub mod consents;
pub mod data;
pub mod declension;
pub mod documents;
pub mod example;
pub mod format;
pub mod forms;
pub mod import;
pub mod json_path;
pub mod keyed;
pub mod library;
pub mod matching;
pub mod monitoring;
pub mod pair_orders;
pub mod pairs;
pub mod people;
pub mod profile_edit;
pub mod progress;
pub mod public;
pub mod questionnaires;
pub mod register;
pub mod report_file;
pub mod results;
pub mod roadmap;
pub mod rollup;
pub mod school;
pub mod selection;
pub mod stages;
pub mod taxonomy;
