//! What a widget reads reactively: a signal, or a closure over signals.

use std::sync::Arc;

use leptos::prelude::*;

/// A value a widget reads reactively (the read is tracked where it is made): from an
/// `RwSignal`, a closure over signals, or a fixed value. A boxed closure rather than Leptos's
/// `Signal<T>`: every `T` of a `Signal` builds the signal machinery again (its four kinds of
/// source, about 2 KB of wasm each), a closure only its own body.
pub struct Getter<T>(Arc<dyn Fn() -> T + Send + Sync>);

impl<T> Clone for Getter<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> Getter<T> {
    /// The value now, tracked.
    pub fn get(&self) -> T {
        (self.0)()
    }

    /// The value now, not tracked.
    pub fn get_untracked(&self) -> T {
        untrack(|| (self.0)())
    }
}

impl<T, F: Fn() -> T + Send + Sync + 'static> From<F> for Getter<T> {
    fn from(f: F) -> Self {
        Self(Arc::new(f))
    }
}

impl<T: Clone + Send + Sync + 'static> From<RwSignal<T>> for Getter<T> {
    fn from(s: RwSignal<T>) -> Self {
        Self(Arc::new(move || s.get()))
    }
}

impl From<&'static str> for Getter<String> {
    fn from(s: &'static str) -> Self {
        Self(Arc::new(move || s.to_string()))
    }
}

impl From<String> for Getter<String> {
    fn from(s: String) -> Self {
        Self(Arc::new(move || s.clone()))
    }
}

impl From<Vec<(String, String)>> for Getter<Vec<(String, String)>> {
    fn from(v: Vec<(String, String)>) -> Self {
        Self(Arc::new(move || v.clone()))
    }
}

impl From<usize> for Getter<usize> {
    fn from(n: usize) -> Self {
        Self(Arc::new(move || n))
    }
}
