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
) -> impl IntoView {
    let options = options.unwrap_or_else(|| T::all().to_vec());
    let current = move || selected.get().map(|v| v.key()).unwrap_or("");
    view! {
        <select id=id data-testid=testid disabled=disabled prop:value=current on:change=move |ev| {
            let key = event_target_value(&ev);
            match T::from_key(&key) {
                Some(v) => on_change.run(v),
                None if key.is_empty() => {
                    if let Some(f) = on_empty {
                        f.run(())
                    }
                }
                None => {}
            }
            let kept = selected.get_untracked().map(|v| v.key()).unwrap_or("");
            if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                el.set_value(kept);
            }
        }>
            {empty.map(|label| view! { <option value="">{label}</option> })}
            {options.into_iter().map(|v| view! {
                <option value=v.key() selected=move || selected.get() == Some(v)>{v.label()}</option>
            }).collect_view()}
        </select>
    }
}
