//! The legal grounds a document cites.

use leptos::prelude::*;

use crate::domain::documents::law;
use crate::domain::documents::registry::DocKind;
use crate::ui::router::Route;
use crate::ui::state::use_state;

/// The legal grounds the document cites: checkboxes over the school's own acts (typed in the
/// profile) and the current federal acts.
#[component]
pub(super) fn GroundsChoice(kind: DocKind) -> impl IntoView {
    let state = use_state();
    let choices = move || {
        state
            .data
            .with(|d| law::choices(kind, &d.document(kind), &d.profile))
    };
    view! {
        <details class="card grounds" data-testid="doc-grounds">
            <summary>"Правовые основания"</summary>
            <p class="hint">
                "Документ ссылается на отмеченные акты, акты региона и муниципалитета — первыми. Свои акты впишите в "
                <a href=Route::Profile.href()>"профиле школы"</a> "."
            </p>
            <ul class="checklist">
                {move || choices().into_iter().enumerate().map(|(i, c)| {
                    let id = format!("ground-{i}");
                    let key = c.key.clone();
                    view! {
                        <li>
                            <input type="checkbox" id=id.clone() prop:checked=c.on
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let key = key.clone();
                                    state.update(|d| {
                                        let profile = d.profile.clone();
                                        d.update_document(kind, |r| law::toggle(kind, r, &profile, &key, on));
                                    });
                                } />
                            <label for=id>{c.label.clone()}{c.regional.then_some(" (акт региона или муниципалитета)")}</label>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}
