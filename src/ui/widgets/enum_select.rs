//! A `<select>` over a closed list of values ([`Keyed`]).

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::keyed::Keyed;

/// A select of every value of `T` (or of `options`), showing what `selected` returns (read
/// reactively). With `empty`, a first option of that label (value `""`) stands for «none» and
/// calls `on_empty`. After a change the select shows what `selected` returns then: a change
/// the data refused (`on_change` left the value as it was) does not stay on screen as if it
/// were made.
///
/// `selected` and `on_change` are plain closures, not a `Signal<Option<T>>` and a
/// `Callback<T>`: a signal and a callback of each `T` would build their machinery once per
/// enum (about 1.5 KB of wasm each). Only a small shell is built per use; the select itself is
/// one function for all.
#[component]
pub fn EnumSelect<T: Keyed>(
    #[prop(into)] id: String,
    selected: impl Fn() -> Option<T> + Send + Sync + 'static,
    on_change: impl Fn(T) + 'static,
    #[prop(optional)] options: Option<Vec<T>>,
    #[prop(optional)] empty: Option<&'static str>,
    #[prop(optional)] on_empty: Option<Callback<()>>,
    #[prop(optional)] testid: Option<&'static str>,
    /// The text of a value's option, if not its label (e.g. «анкета: наставляемые»).
    #[prop(optional)]
    text: Option<fn(T) -> String>,
) -> impl IntoView {
    let values = options.unwrap_or_else(|| T::all().to_vec());
    let items = values
        .iter()
        .map(|&v| {
            (
                v.key(),
                text.map_or_else(|| v.label().to_string(), |f| f(v)),
            )
        })
        .collect();
    key_select(KeySelect {
        id,
        key: Arc::new(move || selected().map_or("", T::key)),
        items,
        choose: Box::new(move |i| match i {
            Some(i) => on_change(values[i]),
            None => {
                if let Some(f) = on_empty {
                    f.run(())
                }
            }
        }),
        empty,
        testid,
    })
}

/// What [`key_select`] draws: options by key, the key shown, what a choice calls (the index of
/// the option chosen, `None` for the empty one).
struct KeySelect {
    id: String,
    key: Arc<dyn Fn() -> &'static str + Send + Sync>,
    items: Vec<(&'static str, String)>,
    choose: Box<dyn Fn(Option<usize>)>,
    empty: Option<&'static str>,
    testid: Option<&'static str>,
}

fn key_select(s: KeySelect) -> AnyView {
    let (key, choose) = (s.key, s.choose);
    let keys: Vec<&'static str> = s.items.iter().map(|(k, _)| *k).collect();
    let shown = key.clone();
    view! {
        <select id=s.id data-testid=s.testid prop:value=move || shown() on:change=move |ev| {
            let value = event_target_value(&ev);
            match keys.iter().position(|k| *k == value) {
                Some(i) => choose(Some(i)),
                None if value.is_empty() => choose(None),
                None => {}
            }
            let kept = untrack(|| key());
            if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                el.set_value(kept);
            }
        }>
            {s.empty.map(|label| view! { <option value="">{label}</option> })}
            {s.items.into_iter().map(|(k, label)| {
                let key = key.clone();
                view! { <option value=k selected=move || key() == k>{label}</option> }
            }).collect_view()}
        </select>
    }
    .into_any()
}
