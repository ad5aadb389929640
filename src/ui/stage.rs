//! A stage of the wizard: what it is for, its tasks as a checklist, the stage's own tools,
//! and previous/next.

use leptos::prelude::*;

use crate::domain::checklist::task_number;
use crate::domain::data::TaskStatus;
use crate::domain::documents::registry::DocKind;
use crate::domain::format::count;
use crate::domain::progress::stage_progress;
use crate::domain::roadmap::{stage_rows, MAX_LONG_CHARS};
use crate::domain::stages::{self, STAGE_COUNT};

use super::router::Route;
use super::state::{use_edit, use_state};
use super::widgets::{ErrorText, ProgressBar};

/// A stage with its own tools (`ui::screens` gives each stage only what it uses: with the
/// feature `split` every stage is its own wasm file).
#[component]
pub fn StagePage(number: u8, tools: Option<AnyView>) -> impl IntoView {
    let state = use_state();
    let Some(stage) = stages::stage(number) else {
        return view! { <p>"Нет такого этапа."</p> }.into_any();
    };
    let progress = state.read(move |d| stage_progress(d, stage));
    let prev = (number > 1).then(|| stages::stage(number - 1)).flatten();
    let next = (number < STAGE_COUNT)
        .then(|| stages::stage(number + 1))
        .flatten();
    view! {
        <article class="stage" data-stage=number>
            <p class="eyebrow">"Этап " {number} " из " {STAGE_COUNT}</p>
            <h1 tabindex="-1">{stage.title}</h1>
            <div class="stage-progress">
                {move || view! {
                    <ProgressBar progress=progress.get() label=format!("Этап {number}: выполнено {} %", progress.get().percent) />
                }}
                <p data-testid="stage-progress">
                    {move || {
                        let p = progress.get();
                        format!(
                            "{} %: выполнено {} из {}, в работе {}",
                            p.percent,
                            p.done,
                            count(p.total as u64, ["задачи", "задач", "задач"]),
                            p.in_progress
                        )
                    }}
                </p>
            </div>
            <section class="explain" aria-labelledby="purpose-title">
                <h2 id="purpose-title">"Зачем этот этап"</h2>
                <p>{stage.purpose}</p>
                <h2>"Что ожидают федеральные рекомендации"</h2>
                <p>{stage.expectations}</p>
            </section>
            <section aria-labelledby="tasks-title">
                <h2 id="tasks-title">"Задачи этапа"</h2>
                <p class="muted">
                    "Задачи — это строки Дорожной карты для этого этапа. Сроки, ответственных и сами мероприятия можно изменить в "
                    <a href=Route::Document(DocKind::Roadmap).href()>"Дорожной карте"</a> "."
                </p>
                <ol class="tasks">
                    <For
                        each=move || state.data.with(|d| stage_rows(&d.roadmap, stage).map(|r| r.id.clone()).collect::<Vec<_>>())
                        key=|id| id.clone()
                        let(id)
                    >
                        <TaskItem id=id />
                    </For>
                </ol>
                {move || (progress.get().total == 0).then(|| view! {
                    <p class="empty">"В Дорожной карте нет мероприятий этого этапа."</p>
                })}
            </section>
            {tools.map(|tools| view! {
                <section class="stage-tools" aria-label="Работа этапа">{tools}</section>
            })}
            <nav class="pager" aria-label="Соседние этапы">
                {prev.map(|p| view! {
                    <a class="btn" rel="prev" href=Route::Stage(p.number).href()>
                        "← Этап " {p.number} ": " {p.short_title}
                    </a>
                })}
                {next.map(|n| view! {
                    <a class="btn btn-primary" rel="next" href=Route::Stage(n.number).href()>
                        "Этап " {n.number} ": " {n.short_title} " →"
                    </a>
                })}
                {next.is_none().then(|| view! {
                    <a class="btn btn-primary" href=Route::Overview.href()>"К обзору"</a>
                })}
            </nav>
        </article>
    }
    .into_any()
}

#[component]
fn TaskItem(id: String) -> impl IntoView {
    let (state, error) = use_edit();
    let dom = id.replace('.', "-");
    let row = {
        let id = id.clone();
        move || state.data.with(|d| d.row(&id).cloned())
    };
    let status = {
        let row = row.clone();
        move || row().map(|r| r.status).unwrap_or_default()
    };
    let note_id = format!("note-{dom}");
    let (title, result) = state.data.with_untracked(|d| {
        d.row(&id)
            .map(|r| (r.event.clone(), r.result.clone()))
            .unwrap_or_default()
    });
    let id_label = task_number(&id).to_string();
    let status_d = status.clone();
    let status_p = status.clone();
    let note_row = id.clone();
    view! {
        <li class="task" data-task=id.clone() class:done=move || status_d() == TaskStatus::Done
            class:in-progress=move || status_p() == TaskStatus::InProgress>
            <h3 id=format!("task-{dom}")><span class="task-id">{id_label}</span> " " {title}</h3>
            {(!result.is_empty()).then(|| view! {
                <p class="planned"><span class="label">"Планируемый результат: "</span>{result}</p>
            })}
            {DocKind::for_task(&id).map(|kind| view! {
                <p class="task-doc">
                    <a href=Route::Document(kind).href()>"Открыть документ: " {kind.short_title()}</a>
                </p>
            })}
            <fieldset class="status-group">
                <legend>"Статус"<span class="visually-hidden">" задачи " {id.clone()}</span></legend>
                {TaskStatus::ALL
                    .into_iter()
                    .map(|s| {
                        let input_id = format!("status-{dom}-{}", s.key());
                        let (id, status) = (id.clone(), status.clone());
                        view! {
                            <span class="status-option" data-status=s.key()>
                                <input type="radio" id=input_id.clone() name=format!("status-{dom}") value=s.key()
                                    prop:checked=move || status() == s
                                    on:change=move |_| {
                                        error.set(state.change(|d| d.set_task_status(&id, s)).err());
                                    } />
                                <label for=input_id>{s.label()}</label>
                            </span>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="field">
                <label for=note_id.clone()>"Примечание"</label>
                <textarea id=note_id rows="2" maxlength=MAX_LONG_CHARS.to_string()
                    prop:value=move || row().map(|r| r.note).unwrap_or_default()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        error.set(state.change(|d| d.set_task_note(&note_row, &v)).err());
                    }></textarea>
            </div>
            <ErrorText message=error />
        </li>
    }
}
