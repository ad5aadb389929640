//! A `<select>` over a closed list of values ([`Keyed`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::keyed::Keyed;

/// A select of every value of `T` (or of `options`), showing `selected`. With `empty`, a first
/// option of that label (value `""`) stands for «none» and calls `on_empty`. After a change the
/// select shows what `selected` holds then: a change the data refused (`on_change` left the
/// value as it was) does not stay on screen as if it were made.
///
/// Only the translation between values and keys is generic; the select itself is one
/// non-generic component ([`KeySelect`]), so that each enum shown costs the wasm little.
#[component]
pub fn EnumSelect<T: Keyed>(
    #[prop(into)] id: String,
    #[prop(into)] selected: Signal<Option<T>>,
    on_change: Callback<T>,
    #[prop(optional)] options: Option<Vec<T>>,
    #[prop(optional)] empty: Option<&'static str>,
    #[prop(optional)] on_empty: Option<Callback<()>>,
    #[prop(optional)] testid: Option<&'static str>,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    let options: Vec<(&'static str, &'static str)> = match options {
        Some(list) => list.into_iter().map(|v| (v.key(), v.label())).collect(),
        None => T::all().iter().map(|v| (v.key(), v.label())).collect(),
    };
    let current = Signal::derive(move || selected.get().map(|v| v.key()).unwrap_or(""));
    let on_key = Callback::new(move |key: String| match T::from_key(&key) {
        Some(v) => on_change.run(v),
        None if key.is_empty() => {
            if let Some(f) = on_empty {
                f.run(())
            }
        }
        None => {}
    });
    view! { <KeySelect id current on_key options empty testid disabled /> }
}

/// The select of [`EnumSelect`] over `(key, label)` pairs; `current` is the key shown (`""`:
/// none).
#[component]
fn KeySelect(
    id: String,
    current: Signal<&'static str>,
    on_key: Callback<String>,
    options: Vec<(&'static str, &'static str)>,
    empty: Option<&'static str>,
    testid: Option<&'static str>,
    disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <select id=id data-testid=testid disabled=disabled prop:value=current on:change=move |ev| {
            on_key.run(event_target_value(&ev));
            let kept = current.get_untracked();
            if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                el.set_value(kept);
            }
        }>
            {empty.map(|label| view! { <option value="">{label}</option> })}
            {options.into_iter().map(|(key, label)| view! {
                <option value=key selected=move || current.get() == key>{label}</option>
            }).collect_view()}
        </select>
    }
}
