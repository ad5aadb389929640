//! Stage 6 «Завершение программ»: monitoring rounds, answers typed in per participant of a
//! pair or imported from an online form's CSV, the mentees' self-assessment «до» and
//! «после», the questionnaires' questions, the results (indicators, charts, tables), and the
//! final event. One file per card; the library is `ui::library`.

mod answers;
mod final_event;
mod import;
mod questions;
mod rounds;

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::documents::html;
use crate::domain::documents::model::Document;
use crate::domain::documents::registry::DocKind;
use crate::domain::results::result_blocks;

use super::router::Route;
use super::state::use_state;
use super::widgets::Card;
use answers::{Answers, SelfAssessment};
use final_event::FinalEventCard;
use import::ImportAnswers;
use questions::Questions;
use rounds::Rounds;

/// The work area of stage 6.
#[component]
pub fn StageMonitoring() -> impl IntoView {
    view! {
        <h2 id="monitoring-title">"Мониторинг и итоги года"</h2>
        <p class="hint">
            "Раунды анкетирования, ответы участников пар, самооценка наставляемых «до» и «после», "
            "результаты и итоговое мероприятие. По ним составляется "
            <a href=Route::Document(DocKind::FinalReport).href()>"отчёт о реализации системы наставничества"</a> "."
        </p>
        <Rounds />
        <Answers />
        <SelfAssessment />
        <ImportAnswers />
        <Questions />
        <Results />
        <FinalEventCard />
        <super::library::Library />
    }
}

fn round_options(d: &SchoolData) -> Vec<(String, String)> {
    d.monitoring
        .rounds
        .iter()
        .map(|r| (r.id.clone(), r.label()))
        .collect()
}

/// A mark 1..=`scale` or none. `current` keeps the select in step with the data; the first
/// render marks the option too (a select's value set before its options would be lost).
fn mark_select(
    id: String,
    scale: u8,
    current: impl Fn() -> String + Send + Sync + 'static,
    on: impl Fn(Option<u8>) + 'static,
) -> impl IntoView {
    let initial = untrack(&current);
    view! {
        <select id=id prop:value=current on:change=move |ev| on(event_target_value(&ev).parse().ok())>
            <option value="">"—"</option>
            {(1..=scale).map(|v| {
                let v = v.to_string();
                let selected = v == initial;
                let text = v.clone();
                view! { <option value=v selected=selected>{text}</option> }
            }).collect_view()}
        </select>
    }
}

/// Indicators, charts and tables: the same section as in the final report.
#[component]
fn Results() -> impl IntoView {
    let state = use_state();
    let html = state.read(move |d| {
        let doc = Document {
            title: String::new(),
            header: Vec::new(),
            blocks: result_blocks(d, false),
        };
        html::to_html(&doc)
    });
    view! {
        <Card id="results-title" title="Результаты">
            <p><a class="btn" href=Route::Document(DocKind::FinalReport).href()>"Отчёт за год: печать и DOCX"</a></p>
            <p><a class="btn" href=Route::Document(DocKind::SatisfactionQuestionnaire).href()>"Бланк анкет удовлетворённости для печати"</a></p>
            <div class="results" data-testid="results" inner_html=move || html.get()></div>
        </Card>
    }
}
