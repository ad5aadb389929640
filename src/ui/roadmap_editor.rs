//! The Дорожная карта as an editable table: every event with its columns and status, added,
//! reordered and deleted within its stage.

use leptos::prelude::*;

use crate::domain::roadmap::{self, RowField};
use crate::domain::stages::STAGES;

use super::state::{use_edit, use_state};
use super::widgets::{after_add, on_submit, ConfirmButton, EnumSelect, ErrorText};

#[component]
pub fn RoadmapEditor() -> impl IntoView {
    let (state, error) = use_edit();
    view! {
        <section class="roadmap-editor" aria-labelledby="roadmap-title">
            <h2 id="roadmap-title">"Мероприятия Дорожной карты"</h2>
            <p class="muted">
                "Строки дорожной карты — это задачи этапов: их статусы показывают ход работы на обзоре. "
                "Измените сроки и ответственных под свою школу, добавьте свои мероприятия."
            </p>
            <ErrorText message=error />
            {STAGES.iter().map(|stage| {
                let n = stage.number;
                let new_event = RwSignal::new(String::new());
                let input_id = format!("add-row-{n}");
                view! {
                    <section class="rm-stage" aria-labelledby=format!("rm-stage-{n}")>
                        <h3 id=format!("rm-stage-{n}")>"Этап " {n} ". " {stage.title}</h3>
                        <ol class="rm-rows">
                            <For
                                each=move || state.data.with(|d| d.roadmap.iter().filter(|r| r.stage == n).map(|r| r.id.clone()).collect::<Vec<_>>())
                                key=|id| id.clone()
                                let(id)
                            >
                                <RowEditor id=id error=error />
                            </For>
                        </ol>
                        <form class="rm-add" on:submit=on_submit(move || {
                            let event = new_event.get_untracked();
                            let result = state.change(|d| roadmap::add_row(&mut d.roadmap, n, &event).map(|_| ()));
                            after_add(error, result, || new_event.set(String::new()));
                        })>
                            <label for=input_id.clone()>"Новое мероприятие этапа " {n}</label>
                            <input id=input_id type="text" maxlength="1000" prop:value=move || new_event.get()
                                on:input=move |ev| new_event.set(event_target_value(&ev)) />
                            <button type="submit" class="btn btn-small">"Добавить"</button>
                        </form>
                    </section>
                }
            }).collect_view()}
        </section>
    }
}

/// A change of the roadmap applied to one row (by id).
type RowChange = Box<dyn Fn(&mut Vec<roadmap::RoadmapRow>, &str) -> Result<(), String>>;

#[component]
fn RowEditor(id: String, error: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let dom = id.replace('.', "-");
    let row = state.read_of(&id, move |d, id| d.row(id).cloned());
    let run = {
        let id = id.clone();
        move |f: RowChange| {
            error.set(state.change(|d| f(&mut d.roadmap, &id)).err());
        }
    };
    let title = move || row.get().map(|r| r.event).unwrap_or_default();
    let status = run.clone();
    view! {
        <li class="rm-row" data-row=id.clone()>
            <div class="rm-fields">
                {RowField::TABLE.into_iter().map(|f| {
                    let field_id = format!("rm-{dom}-{}", f.key());
                    let run = run.clone();
                    view! {
                        <div class="field">
                            <label for=field_id.clone()>{f.label()}</label>
                            <textarea id=field_id rows="1" maxlength=f.max_chars().to_string()
                                prop:value=move || row.get().map(|r| f.get(&r).to_string()).unwrap_or_default()
                                on:input=move |ev| {
                                    let v = event_target_value(&ev);
                                    run(Box::new(move |rows, id| roadmap::set_field(rows, id, f, &v)));
                                }></textarea>
                        </div>
                    }
                }).collect_view()}
                <div class="field">
                    <label for=format!("rm-{dom}-status")>"Статус"</label>
                    <EnumSelect id=format!("rm-{dom}-status") selected=move || row.get().map(|r| r.status)
                        on_change=move |s| status(Box::new(move |rows, id| roadmap::set_status(rows, id, s))) />
                </div>
            </div>
            <div class="rm-tools">
                <button type="button" class="btn btn-small" on:click={
                    let run = run.clone();
                    move |_| run(Box::new(|rows, id| roadmap::move_row(rows, id, true)))
                }>"↑"<span class="visually-hidden">" Выше: " {title}</span></button>
                <button type="button" class="btn btn-small" on:click={
                    let run = run.clone();
                    move |_| run(Box::new(|rows, id| roadmap::move_row(rows, id, false)))
                }>"↓"<span class="visually-hidden">" Ниже: " {title}</span></button>
                <ConfirmButton label="Удалить" small=true danger=true group="Подтверждение удаления"
                    hidden=move || format!(" мероприятие: {}", title())
                    question=move || format!("Удалить мероприятие «{}» вместе со статусом и примечанием?", title())
                    confirm="Удалить" on_confirm=Callback::new(move |()| run(Box::new(|rows, id| roadmap::delete_row(rows, id).map(|_| ())))) />
            </div>
        </li>
    }
}
