//! Stage 5 «Пары и группы»: the pairs and groups with their ПНП, a pair's page (participants,
//! dates, status, replacing the mentor, the ПНП editor), and the support of mentees left
//! without a mentor. One file per part: the hand-formed pair, the unpaired mentees, the
//! pair's page, its participants and its program.

mod new_pair;
mod page;
mod participants;
mod program;
mod unpaired;

use new_pair::NewPair;
pub use page::PairPage;
use unpaired::Unpaired;

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::documents::registry::DocKind;
use crate::domain::format::date_ru;
use crate::storage::clock;

use super::router::Route;
use super::state::use_state;
use super::widgets::ColumnHeads;

fn name(d: &SchoolData, id: &str) -> String {
    d.person(id)
        .map(|p| p.full_name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// The work area of stage 5.
#[component]
pub fn StagePairs() -> impl IntoView {
    let state = use_state();
    let ids = state.read(SchoolData::pair_ids);
    view! {
        <h2>"Наставнические пары и группы"</h2>
        <p class="hint">
            "Пары подбираются на этапе 4 («Подобрать наставников») или формируются здесь вручную. "
            "Из них составляется приложение к " <a href=Route::Document(DocKind::OrderPairs).href()>"приказу о закреплении пар"</a>
            " и дополнительные соглашения наставников."
        </p>
        {move || if ids.with(Vec::is_empty) {
            view! { <p class="empty">"Пар и групп пока нет."</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label="Пары и группы">
                    <table class="registry pairs" data-testid="pairs">
                        <ColumnHeads names=&["Пара (группа)", "Наставляемые", "Форма", "Срок", "Статус", "ПНП"] />
                        <tbody>
                            <For each=move || ids.get() key=|id| id.clone() let:id>
                                <PairRow id />
                            </For>
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
        <NewPair />
        <Unpaired />
    }
}

#[component]
fn PairRow(id: String) -> impl IntoView {
    let state = use_state();
    let today = clock::today_local_iso();
    let row = state.read(move |d| {
        d.pair(&id).map(|g| {
            let mentees = g
                .mentees
                .iter()
                .map(|m| name(d, m))
                .collect::<Vec<_>>()
                .join(", ");
            let period = match (g.start.is_empty(), g.end.is_empty()) {
                (true, true) => String::new(),
                _ => format!("{} – {}", date_ru(&g.start), date_ru(&g.end)),
            };
            let program = match g.program.progress() {
                Some(p) => format!("{p} %"),
                None => "нет плана".into(),
            };
            (
                g.id.clone(),
                d.pair_label(g),
                mentees,
                g.form.label().to_string(),
                period,
                g.status.label().to_string(),
                program,
                g.program.overdue(&today),
            )
        })
    });
    move || {
        row.get().map(|(id, label, mentees, form, period, status, program, overdue)| {
            let href = Route::Pair(id.clone()).href();
            view! {
            <tr data-pair=id>
                <th scope="row"><a href=href>{label}</a></th>
                <td>{mentees}</td>
                <td>{form}</td>
                <td>{period}</td>
                <td>{status}</td>
                <td>{program}{(overdue > 0).then(|| view! { " " <span class="flag">{format!("просрочено: {overdue}")}</span> })}</td>
            </tr>
            }
        })
    }
}
