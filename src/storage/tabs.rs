//! Other tabs: the `storage` event fires in every other tab of the origin after a write.

use super::repo::DATA_KEY;
use crate::domain::archive::peek_revision;

/// What a `storage` event says about our data: `None` when it concerns another key;
/// `Some(None)` when the data was deleted or is unreadable; `Some(Some(r))` when another tab
/// wrote revision `r`.
pub fn data_change(e: &web_sys::StorageEvent) -> Option<Option<u64>> {
    // `key` is null when another tab called `localStorage.clear()`.
    match e.key() {
        Some(k) if k != DATA_KEY => None,
        _ => Some(e.new_value().as_deref().and_then(peek_revision)),
    }
}
