//! A list of records kept by id.

use leptos::prelude::*;

/// A `<ul class=…>` with the item `item` makes for each id of `ids`, keyed by the id: an item
/// is made once and stays while its record does.
#[component]
pub fn IdList<V, F>(class: &'static str, ids: Memo<Vec<String>>, item: F) -> impl IntoView
where
    V: IntoView + 'static,
    F: Fn(String) -> V + Send + Clone + 'static,
{
    view! {
        <ul class=class>
            <For each=move || ids.get() key=|id| id.clone() children=item />
        </ul>
    }
}
