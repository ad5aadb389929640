//! The browser side of persistence: localStorage (through gloo-storage), file download and
//! upload, the files published next to the app and the clipboard, the clock, and the
//! `storage` event between tabs. Thin. The [`Backend`] trait, the in-memory store and `repo`
//! (load, save with the revision check, backup, wipe) build on the host and are tested by
//! `cargo test`; the rest needs a browser and is tested in one (`tests/browser.rs`).

pub mod backend;
pub mod repo;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod remote;
#[cfg(target_arch = "wasm32")]
pub mod tabs;

pub use backend::{Backend, MemoryStorage, StoreError};
#[cfg(target_arch = "wasm32")]
pub use browser::BrowserStorage;
