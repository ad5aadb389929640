//! A `<select>` over a closed list of values ([`Keyed`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::keyed::Keyed;

/// A select of every value of `T` (or of `options`), showing `selected`. With `empty`, a first
/// option of that label (value `""`) stands for «none» and calls `on_empty`. After a change the
/// select shows what `selected` holds then: a change the data refused (`on_change` left the
/// value as it was) does not stay on screen as if it were made.
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
    /// The text of a value's option, if not its label (e.g. «анкета: наставляемые»).
    #[prop(optional)]
    text: Option<fn(T) -> String>,
) -> impl IntoView {
    // Only this shell is built once per `T`; the select itself is one function for all.
    let items = options
        .unwrap_or_else(|| T::all().to_vec())
        .into_iter()
        .map(|v| {
            (
                v.key(),
                text.map_or_else(|| v.label().to_string(), |f| f(v)),
            )
        })
        .collect();
    let key = Signal::derive(move || selected.get().map_or("", |v| v.key()));
    let choose = Callback::new(move |key: String| match T::from_key(&key) {
        Some(v) => on_change.run(v),
        None if key.is_empty() => {
            if let Some(f) = on_empty {
                f.run(())
            }
        }
        None => {}
    });
    key_select(KeySelect {
        id,
        key,
        items,
        choose,
        empty,
        testid,
        disabled,
    })
}

/// What [`key_select`] draws: options by key, the key shown, what a choice calls.
struct KeySelect {
    id: String,
    key: Signal<&'static str>,
    items: Vec<(&'static str, String)>,
    choose: Callback<String>,
    empty: Option<&'static str>,
    testid: Option<&'static str>,
    disabled: Signal<bool>,
}

fn key_select(s: KeySelect) -> AnyView {
    let (key, choose) = (s.key, s.choose);
    view! {
        <select id=s.id data-testid=s.testid disabled=s.disabled prop:value=move || key.get() on:change=move |ev| {
            choose.run(event_target_value(&ev));
            let kept = key.get_untracked();
            if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                el.set_value(kept);
            }
        }>
            {s.empty.map(|label| view! { <option value="">{label}</option> })}
            {s.items.into_iter().map(|(k, label)| view! {
                <option value=k selected=move || key.get() == k>{label}</option>
            }).collect_view()}
        </select>
    }
    .into_any()
}
