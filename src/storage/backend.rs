//! Where the envelope is kept: the [`Backend`] trait and the in-memory store used when the
//! browser has no localStorage (and in tests, to simulate a full or throwing storage). Builds
//! on the host, so `repo` is tested by `cargo test`; the localStorage side is `browser.rs`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Why a read or write failed, in words a coordinator understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The origin's quota is used up.
    Quota,
    /// localStorage is disabled or inaccessible (site settings, some private modes).
    Unavailable,
    /// Anything else the browser reported.
    Other(String),
}

impl StoreError {
    /// A Russian phrase that completes «Не сохранено: …».
    pub fn message(&self) -> String {
        match self {
            StoreError::Quota => "место в хранилище браузера закончилось".into(),
            StoreError::Unavailable => {
                "хранилище браузера недоступно (запрещено в настройках браузера или для этого сайта)"
                    .into()
            }
            StoreError::Other(e) => format!("браузер сообщил об ошибке: {e}"),
        }
    }
}

/// Whether an exception's name or message says the quota is used up (Chromium, Firefox, Safari).
pub fn is_quota(name: &str, message: &str) -> bool {
    name == "QuotaExceededError"
        || name == "NS_ERROR_DOM_QUOTA_REACHED"
        || message.to_lowercase().contains("quota")
}

/// A key-value store of strings. Reads never throw in browsers; writes may.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// An in-memory store with an optional quota in characters; `fail_writes` makes every write
/// throw like a disabled storage. Used when the browser has no localStorage, and in tests.
#[derive(Debug, Default)]
pub struct MemoryStorage {
    map: RefCell<HashMap<String, String>>,
    quota_chars: Option<usize>,
    fail_writes: Cell<bool>,
}

impl MemoryStorage {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_quota(chars: usize) -> Self {
        MemoryStorage {
            quota_chars: Some(chars),
            ..Default::default()
        }
    }

    pub fn set_fail_writes(&self, fail: bool) {
        self.fail_writes.set(fail);
    }

    fn used_without(&self, key: &str) -> usize {
        self.map
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.chars().count() + v.chars().count())
            .sum()
    }
}

impl Backend for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.fail_writes.get() {
            return Err(StoreError::Unavailable);
        }
        if let Some(quota) = self.quota_chars {
            if self.used_without(key) + key.chars().count() + value.chars().count() > quota {
                return Err(StoreError::Quota);
            }
        }
        self.map.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }
}
