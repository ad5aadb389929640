//! Наставник: the system (target model) of mentoring for teachers of a Russian school.
//!
//! Layers go one way only: `ui` → `storage` → `domain`.

pub mod domain;
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
