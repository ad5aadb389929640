//! A labelled one-line field bound to a signal: the shape of most small forms.

use leptos::prelude::*;

/// `<div class="field">` with a label and an `<input>` whose value is `value` both ways.
/// `kind` is the input's type («text» unless given: «url», «date», «search»…).
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(optional)] placeholder: Option<&'static str>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id type=kind.unwrap_or("text") maxlength=maxlength.map(|n| n.to_string())
                placeholder=placeholder data-testid=testid
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        </div>
    }
}
