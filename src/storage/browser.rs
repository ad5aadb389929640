//! `window.localStorage` through gloo-storage, and what its exceptions mean.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use super::backend::{is_quota, Backend, StoreError};

impl StoreError {
    /// Classifies what `Storage.setItem` threw (a `DOMException`, which is an `Error`).
    pub fn from_js(e: &JsValue) -> Self {
        let (name, message) = match e.dyn_ref::<js_sys::Error>() {
            Some(err) => (String::from(err.name()), String::from(err.message())),
            None => (
                String::new(),
                e.as_string().unwrap_or_else(|| format!("{e:?}")),
            ),
        };
        if is_quota(&name, &message) {
            StoreError::Quota
        } else if name == "SecurityError" {
            StoreError::Unavailable
        } else {
            StoreError::Other(format!("{name}: {message}"))
        }
    }
}

/// `window.localStorage`, through gloo-storage.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserStorage;

impl BrowserStorage {
    /// Whether localStorage can be used at all. `gloo_storage::LocalStorage::raw()` panics
    /// when it cannot, so every call checks this first.
    pub fn available() -> bool {
        Self::local_storage().is_some()
    }

    fn local_storage() -> Option<web_sys::Storage> {
        web_sys::window().and_then(|w| w.local_storage().ok().flatten())
    }

    /// Whether `key` holds something, without copying its value out (the data can be megabytes).
    pub fn has(key: &str) -> bool {
        Self::local_storage().is_some_and(|s| {
            (0..s.length().unwrap_or(0)).any(|i| s.key(i).ok().flatten().as_deref() == Some(key))
        })
    }
}

impl Backend for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if !Self::available() {
            return Err(StoreError::Unavailable);
        }
        LocalStorage::raw()
            .get_item(key)
            .map_err(|_| StoreError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if !Self::available() {
            return Err(StoreError::Unavailable);
        }
        // The envelope is already JSON text: store it as it is rather than re-encoding it
        // as a JSON string (which `LocalStorage::set` would do).
        LocalStorage::raw()
            .set_item(key, value)
            .map_err(|e| StoreError::from_js(&e))
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if !Self::available() {
            return Err(StoreError::Unavailable);
        }
        LocalStorage::delete(key);
        Ok(())
    }
}
