//! A labelled input of a form that collects values before it is sent.

use leptos::prelude::*;

/// `<div class="field">` with a label and an input of `kind` (text unless said: date,
/// number…) or, with `rows`, a text area, kept in step with `value` both ways.
#[component]
pub fn InputField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] rows: Option<u8>,
    #[prop(optional)] maxlength: Option<u16>,
    #[prop(optional)] placeholder: Option<&'static str>,
) -> impl IntoView {
    let input = move |ev: leptos::ev::Event| value.set(event_target_value(&ev));
    let control = match rows {
        Some(rows) => view! {
            <textarea id=id.clone() rows=rows maxlength=maxlength placeholder=placeholder
                prop:value=move || value.get() on:input=input></textarea>
        }
        .into_any(),
        None => view! {
            <input id=id.clone() type=kind.unwrap_or("text") maxlength=maxlength placeholder=placeholder
                prop:value=move || value.get() on:input=input />
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {control}
        </div>
    }
}
