//! The error paragraph under a form or an action.

use leptos::prelude::*;

use super::Getter;

/// A Russian error message, shown while `message` holds one. `role="alert"` makes a screen
/// reader announce it, unless `quiet` (a field's own error, read with the field through
/// `aria-describedby` via `id`).
#[component]
pub fn ErrorText(
    #[prop(into)] message: Getter<Option<String>>,
    #[prop(optional)] quiet: bool,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    move || {
        message.get().map(|m| {
            view! {
                <p class="error" role=(!quiet).then_some("alert") id=id.clone() data-testid=testid>{m}</p>
            }
        })
    }
}
