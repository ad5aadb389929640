//! A labelled input: of a form that collects values before it is sent (`value`), or of the
//! data itself, saved as it is typed (`read` and `write`).

use leptos::prelude::*;

use super::Getter;

/// `<div class="field">` with a label, an optional hint, and an input of `kind` (text unless
/// said: date, time, number…) or, with `rows`, a text area. Bound to `value` both ways, or
/// shows `read` and hands each edit to `write`; `lazy` hands it over on `change` (a date
/// checked against another one) rather than on each keystroke. `children` follow the input
/// (a `<datalist>`).
#[component]
pub fn InputField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional)] value: Option<RwSignal<String>>,
    #[prop(optional, into)] read: Option<Getter<String>>,
    #[prop(optional, into)] write: Option<Callback<String>>,
    #[prop(optional)] lazy: bool,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] rows: Option<u8>,
    #[prop(optional)] maxlength: Option<u16>,
    #[prop(optional)] placeholder: Option<&'static str>,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let shown = move || match (value, &read) {
        (Some(v), _) => v.get(),
        (None, Some(r)) => r.get(),
        (None, None) => String::new(),
    };
    let edit = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if let Some(w) = write {
            w.run(v.clone());
        }
        if let Some(s) = value {
            s.set(v);
        }
    };
    let (on_input, on_change) = if lazy {
        (None, Some(edit))
    } else {
        (Some(edit), None)
    };
    let on_input = move |ev| {
        if let Some(f) = on_input {
            f(ev)
        }
    };
    let on_change = move |ev| {
        if let Some(f) = on_change {
            f(ev)
        }
    };
    let control = match rows {
        Some(rows) => view! {
            <textarea id=id.clone() rows=rows maxlength=maxlength placeholder=placeholder
                prop:value=shown on:input=on_input on:change=on_change></textarea>
        }
        .into_any(),
        None => view! {
            <input id=id.clone() type=kind.unwrap_or("text") maxlength=maxlength placeholder=placeholder list=list
                prop:value=shown on:input=on_input on:change=on_change />
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            {control}
            {children.map(|c| c())}
        </div>
    }
}
