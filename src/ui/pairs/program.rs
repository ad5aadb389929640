//! A pair's ПНП editor: goal, tasks, plan items with marks; the rules are `Program`'s.

use leptos::prelude::*;

use crate::domain::documents::registry::DocKind;
use crate::domain::pairs::{is_overdue, Program};
use crate::domain::program::ItemField;
use crate::storage::clock;

use super::super::router::Route;
use super::super::state::{use_edit, use_state};
use super::super::widgets::{Card, ConfirmButton};

/// A change of the ПНП, applied through the pair's checks.
type ProgramEdit = Box<dyn FnOnce(&mut Program) -> Result<(), String>>;

/// The ПНП: goal, tasks, plan items with marks; progress and overdue items.
#[component]
pub fn ProgramEditor(id: String) -> impl IntoView {
    let (state, error) = use_edit();
    let today = clock::today_local_iso();
    let shape = state.read_of(&id, move |d, id| {
        d.pair(id).map(|g| g.program.shape()).unwrap_or_default()
    });
    let summary = {
        let id = id.clone();
        let today = today.clone();
        state.read(move |d| d.pair(&id).map(|g| g.program.summary(&today)))
    };
    let edit = {
        let id = id.clone();
        move |f: ProgramEdit| error.set(state.change(|d| d.update_program(&id, f)).err())
    };
    let goal = state.read_of(&id, |d, id| {
        d.pair(id)
            .map(|g| g.program.goal.clone())
            .unwrap_or_default()
    });
    let e1 = edit.clone();
    let e2 = edit.clone();
    let doc = Route::PersonDocument(DocKind::Program, id.clone()).href();
    view! {
        <Card id="pair-program" title="Персонализированная программа наставничества" h2=true error=error>
            <p role="status" data-testid="program-progress">{move || summary.get().map(|s| match s.percent {
                None => "В плане пока нет мероприятий.".to_string(),
                Some(percent) => format!("Выполнено {} из {} ({percent} %){}", s.done, s.total,
                    if s.overdue > 0 { format!("; просрочено: {}", s.overdue) } else { String::new() }),
            })}</p>
            {move || summary.get().and_then(|s| s.percent).map(|percent| view! {
                <div class="progress" aria-hidden="true"><div class="progress-fill" style=format!("width: {percent}%")></div></div>
            })}
            <p><a class="btn" href=doc>"ПНП для печати и DOCX"</a></p>
            <div class="field">
                <label for="program-goal">"Цель программы"</label>
                <textarea id="program-goal" rows="2" maxlength="2000" prop:value=goal
                    on:input=move |ev| { let v = event_target_value(&ev); e1(Box::new(move |p| { p.set_goal(&v); Ok(()) })) }></textarea>
            </div>
            {move || shape.get().into_iter().enumerate().map(|(ti, items)| {
                let id = id.clone();
                let today = today.clone();
                let edit = edit.clone();
                view! { <TaskEditor id ti items today edit /> }
            }).collect_view()}
            <button type="button" class="btn" on:click=move |_| e2(Box::new(|p| { p.add_task(); Ok(()) }))>"Добавить задачу"</button>
        </Card>
    }
}

#[component]
fn TaskEditor(
    id: String,
    ti: usize,
    items: usize,
    today: String,
    edit: impl Fn(ProgramEdit) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    let item = {
        let id = id.clone();
        std::rc::Rc::new(move |ii: usize| {
            let id = id.clone();
            move || {
                state.data.with(|d| {
                    d.pair(&id)
                        .and_then(|g| g.program.tasks.get(ti))
                        .and_then(|t| t.items.get(ii).cloned())
                        .unwrap_or_default()
                })
            }
        })
    };
    let title = state.read_of(&id, move |d, id| {
        d.pair(id)
            .and_then(|g| g.program.tasks.get(ti).map(|t| t.title.clone()))
            .unwrap_or_default()
    });
    let (e1, e2, e3) = (edit.clone(), edit.clone(), edit.clone());
    let remove = Callback::new(move |()| edit(Box::new(move |p| p.remove_task(ti).map(|_| ()))));
    let item_f = item.clone();
    let field = move |ii: usize, f: ItemField| {
        let edit = e2.clone();
        let it = item_f(ii);
        let fid = format!("t{ti}-i{ii}-{}", f.key());
        view! {
            <td>
                <label class="visually-hidden" for=fid.clone()>{f.label()}</label>
                <input id=fid type=if f.is_date() { "date" } else { "text" } maxlength="500" prop:value=move || f.get(&it()).to_string()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        edit(Box::new(move |p| p.set_item(ti, ii, f, &v)));
                    } />
            </td>
        }
    };
    view! {
        <fieldset class="program-task" data-task=ti>
            <legend>{format!("Задача {}", ti + 1)}</legend>
            <div class="field">
                <label for=format!("t{ti}-title")>"Задача (направление)"</label>
                <input id=format!("t{ti}-title") type="text" maxlength="500" prop:value=title
                    on:input=move |ev| { let v = event_target_value(&ev); e1(Box::new(move |p| p.set_task_title(ti, &v))) } />
            </div>
            <div class="table-wrap" role="region" tabindex="0" aria-label=format!("План задачи {}", ti + 1)>
                <table class="registry plan">
                    <thead><tr>
                        {ItemField::ALL.into_iter().map(|f| view! { <th scope="col">{f.label()}</th> }).collect_view()}
                        <th scope="col">"Выполнено"</th><th scope="col"><span class="visually-hidden">"Действия"</span></th>
                    </tr></thead>
                    <tbody>
                        {(0..items).map(|ii| {
                            let it = item(ii);
                            let it2 = item(ii);
                            let today = today.clone();
                            let e = e3.clone();
                            let e_del = e3.clone();
                            let did = format!("t{ti}-i{ii}-done");
                            view! {
                                <tr data-item=ii class:overdue=move || is_overdue(&it(), &today) class:done=move || it2().done>
                                    {ItemField::ALL.into_iter().map(|f| field(ii, f)).collect_view()}
                                    <td>
                                        <input type="checkbox" id=did.clone() prop:checked={ let it = item(ii); move || it().done }
                                            on:change=move |ev| { let on = event_target_checked(&ev); e(Box::new(move |p| p.set_done(ti, ii, on))) } />
                                        <label class="visually-hidden" for=did>"Выполнено"</label>
                                    </td>
                                    <td><button type="button" class="btn btn-small" aria-label=format!("Удалить мероприятие {}", ii + 1)
                                        on:click=move |_| e_del(Box::new(move |p| p.remove_item(ti, ii).map(|_| ())))>"Удалить"</button></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <div class="actions">
                <button type="button" class="btn btn-small" on:click={ let e = e3.clone(); move |_| e(Box::new(move |p| p.add_item(ti).map(|_| ()))) }>"Добавить мероприятие"</button>
                <ConfirmButton label="Удалить задачу…" question="Удалить задачу со всеми мероприятиями?"
                    confirm="Удалить задачу" small=true danger=true on_confirm=remove />
            </div>
        </fieldset>
    }
}
