//! The rules of the mentoring model. Pure Rust: no leptos, no web-sys, no js-sys.
//! Everything here is tested on the host with `cargo test`.

pub mod archive;
pub mod banks;
pub mod bulk;
pub mod charts;
pub mod checklist;
pub mod data;
pub mod declension;
pub mod documents;
pub mod eligibility;
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
pub mod participants;
pub mod people;
pub mod program;
pub mod progress;
pub mod public;
pub mod questionnaires;
pub mod report_file;
pub mod results;
pub mod roadmap;
pub mod rollup;
pub mod school;
pub mod selection;
pub mod stages;
pub mod taxonomy;
