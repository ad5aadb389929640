//! The browser side of persistence: localStorage (through gloo-storage), file download and
//! upload, the files published next to the app and the clipboard, the clock, and the
//! `storage` event between tabs. Thin; tested in a real browser.

pub mod backend;
pub mod clock;
pub mod files;
pub mod remote;
pub mod repo;
pub mod tabs;

pub use backend::{Backend, BrowserStorage, MemoryStorage, StoreError};
