//! The measures of a stage (`domain::progress::measures`): what the data says is done.

use leptos::prelude::*;

use crate::domain::progress::Measure;

/// The list of a stage's measures, each with its status badge.
#[component]
pub fn MeasureList(#[prop(into)] measures: Signal<Vec<Measure>>) -> impl IntoView {
    view! {
        <ul class="measures" data-testid="measures">
            {move || measures.get().into_iter().map(|m| view! {
                <li class=format!("measure {}", m.status.key())>
                    <span class="badge">{m.status.label()}</span>
                    " " <strong>{m.title}</strong> ": " {m.detail}
                </li>
            }).collect_view()}
        </ul>
    }
}
