//! The results of a stage counted from the data (`domain::progress::measures`), as a stage's
//! page lists them under its checklist.

use leptos::prelude::*;

use crate::domain::progress::measures;
use crate::ui::state::use_state;

/// The list of a stage's measures, each with its status badge.
#[component]
pub fn StageMeasures(stage: u8) -> impl IntoView {
    let state = use_state();
    let measures = state.read(move |d| measures(d, stage));
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
