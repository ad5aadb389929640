//! «Обзор»: progress per stage, what to do next, the last save.

use leptos::prelude::*;

use crate::domain::format::count;
use crate::domain::progress::{all_progress, next_step, overall_percent, NextStep};
use crate::domain::stages::{StageInfo, STAGES};
use crate::storage::clock;

use super::router::Route;
use super::state::use_state;
use super::widgets::{Card, ProgressBar};

/// The next step inside a stage: «Этап N. …: <what>», a line about it, the way to the stage.
fn stage_step(stage: &'static StageInfo, what: String, detail: String) -> impl IntoView {
    view! {
        <p>
            "Этап " {stage.number} ". " {stage.title} ": "
            <strong>{what}</strong>
        </p>
        <p class="muted">{detail}</p>
        <a class="btn btn-primary" href=Route::Stage(stage.number).href()>
            "Перейти к этапу " {stage.number}
        </a>
    }
}

#[component]
pub fn Overview() -> impl IntoView {
    let state = use_state();
    let progress = state.read(all_progress);
    let overall = state.read(overall_percent);
    let next = state.read(next_step);
    let saved = move || {
        state
            .last_saved
            .get()
            .and_then(|iso| clock::local_date_time(&iso))
            .map(|(d, t)| format!("{d} в {t}"))
            .unwrap_or_else(|| "ещё не сохранялись".into())
    };
    view! {
        <h1 tabindex="-1">"Обзор"</h1>
        {move || match state.viewing.get() {
            // A past year is read-only: nothing is left to do in it, and the card says so.
            Some(label) => view! {
                <Card h2=true id="next-title" title="Прошлый учебный год" class="next-step" testid="past-year-summary">
                    <p>
                        {format!("Это {label}: ход работы ниже — каким он был к концу года. ")}
                        "Изменить его нельзя; документы, отчёт и архив этого года скачиваются."
                    </p>
                    <a class="btn btn-primary" href=Route::Stage(6).href()>"Итоги года (этап 6)"</a>
                </Card>
            }.into_any(),
            None => view! {
                <Card h2=true id="next-title" title="Что сделать дальше" class="next-step">
                {move || match next.get() {
                    NextStep::FillProfile => view! {
                        <p>"Заполните профиль школы: его данные попадают в приказы, Положение и другие документы."</p>
                        <a class="btn btn-primary" href=Route::Profile.href()>"Заполнить профиль школы"</a>
                    }.into_any(),
                    NextStep::Task { stage, row } => stage_step(
                        stage,
                        row.event,
                        format!("Планируемый результат: {} Сроки: {}.", row.result, row.deadline),
                    ).into_any(),
                    NextStep::Measure { stage, measure } => {
                        stage_step(stage, measure.title.to_string(), format!("Сейчас {}.", measure.detail)).into_any()
                    }
                    NextStep::AllDone => view! {
                        <p>"Все задачи семи этапов отмечены выполненными. Не забудьте скачать архив данных."</p>
                    }.into_any(),
                }}
                </Card>
            }.into_any(),
        }}

        <section aria-labelledby="progress-title">
            <h2 id="progress-title">"Ход работы по этапам"</h2>
            <p>"Выполнено в целом: " <strong data-testid="overall">{move || overall.get()} " %"</strong></p>
            <ol class="stage-list">
                {STAGES
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let p = move || progress.with(|p| p[i]);
                        view! {
                            <li class="stage-row" data-stage=s.number>
                                <a href=Route::Stage(s.number).href()>
                                    "Этап " {s.number} ". " {s.title}
                                </a>
                                {move || view! {
                                    <ProgressBar progress=p() label=format!("Этап {}: выполнено {} %", s.number, p().percent) />
                                }}
                                <p class="muted">
                                    {move || {
                                        let p = p();
                                        format!(
                                            "{} · выполнено {} из {}, в работе {}",
                                            p.state.label(),
                                            p.done,
                                            count(p.total as u64, ["задачи", "задач", "задач"]),
                                            p.in_progress
                                        )
                                    }}
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>

        {super::screens::rollover_card()}

        <Card h2=true id="save-title" title="Сохранение">
            <p>"Последнее сохранение: " <span data-testid="last-saved">{saved}</span></p>
            {move || state.viewing.get().map(|_| view! {
                <p class="muted">"Пока открыт прошлый год, ничего не сохраняется: изменить его нельзя."</p>
            })}
            <p class="muted">
                "Данные хранятся только в этом браузере на этом компьютере. Регулярно скачивайте архив — "
                "это резервная копия и способ перенести работу на другой компьютер."
            </p>
            <a href=Route::Data.href()>"Архив и данные"</a>
        </Card>
    }
}
