//! The list of the register and of the banks: the count, the bulk bar and the table, a page
//! at a time.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::banks::Bank;
use crate::domain::format::count;
use crate::domain::people::search;

use super::filters::{Filters, ListFilters, PAGE};
use super::person_memo;
use crate::ui::banks::BulkBar;
use crate::ui::router::Route;
use crate::ui::state::use_state;
use crate::ui::widgets::ShowMore;

/// The register (`bank: None`) or a bank: search, filters, sort, and the table.
#[component]
pub fn PeopleList(bank: Option<Bank>) -> impl IntoView {
    let state = use_state();
    let f = ListFilters::new(bank);
    let prefix = bank.map_or("people", Bank::key);
    let rows = Memo::new(move |_| {
        let q = f.query();
        state.data.with(|d| {
            search(&d.people, &q)
                .into_iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    // Long lists are shown a page at a time: searching, filtering and sorting a register of
    // 2 000 stays quick because only the shown rows are rendered.
    let limit = f.limit;
    let shown = Memo::new(move |_| {
        let n = limit.get();
        rows.with(|r| r.iter().take(n).cloned().collect::<Vec<_>>())
    });
    let total = move || {
        state.data.with(|d| match bank {
            Some(b) => b.size(&d.people),
            None => d.people.len(),
        })
    };
    // A memo: the table (and the bulk bar with its report) is rebuilt only when the list
    // becomes empty or stops being empty, not on every change of the data.
    let empty = Memo::new(move |_| total() == 0);
    // The selection for bulk actions: ids, kept across searches and pages.
    let selected = RwSignal::new(BTreeSet::<String>::new());
    view! {
        <div class="people-list" data-testid=format!("list-{prefix}")>
            <Filters bank prefix f />
            <p class="muted" role="status" data-testid="list-count">
                {move || {
                    let found = rows.with(Vec::len);
                    let shown = shown.with(Vec::len);
                    if shown < found {
                        format!("Найдено {found} из {}; показаны первые {shown}", total())
                    } else {
                        format!("Показано {found} из {}", total())
                    }
                }}
            </p>
            {move || if empty.get() {
                view! {
                    <p class="empty">
                        {match bank {
                            Some(Bank::Mentees) => "В банке наставляемых пока никого нет. В реестре педагогов отметьте нужных и выберите действие «Дать роль: наставляемый» (или отметьте роль в карточке педагога).",
                            Some(Bank::Mentors) => "В банке наставников пока никого нет. В реестре педагогов отметьте нужных и выберите действие «Дать роль: кандидат в наставники» (или отметьте роль в карточке педагога).",
                            None => "В реестре пока нет педагогов. Добавьте первого педагога по ФИО.",
                        }}
                    </p>
                }.into_any()
            } else {
                view! {
                    <BulkBar selected=selected found=rows bank=bank prefix=prefix />
                    <PeopleTable shown selected />
                    <ShowMore limit total=move || rows.with(Vec::len) page=PAGE show_all=true />
                }.into_any()
            }}
        </div>
    }
}

/// The shown rows of a list, each with its selection box.
#[component]
fn PeopleTable(shown: Memo<Vec<String>>, selected: RwSignal<BTreeSet<String>>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="registry people">
                <thead>
                    <tr>
                        <th scope="col"><span class="visually-hidden">"Выбор"</span></th>
                        {["ФИО", "Должность", "Предметы", "Стаж", "Роли", "Согласие"].map(|h| view! { <th scope="col">{h}</th> })}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || shown.get() key=|id| id.clone() let(pid)>
                        <PersonRow id=pid selected=selected />
                    </For>
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn PersonRow(id: String, selected: RwSignal<BTreeSet<String>>) -> impl IntoView {
    let state = use_state();
    let person = person_memo(&id, |p| Some(p.clone()));
    move || {
        person.get().map(|p| {
            let blocked = p.matching_block();
            let (check_id, toggle_id) = (p.id.clone(), p.id.clone());
            view! {
                <tr data-person=p.id.clone() class:blocked=blocked.is_some()>
                    <td class="select-cell">
                        <input type="checkbox" data-testid="row-select" aria-label=format!("Выбрать: {}", p.full_name)
                            prop:checked=move || selected.with(|s| s.contains(&check_id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let id = toggle_id.clone();
                                selected.update(|s| { if on { s.insert(id); } else { s.remove(&id); } });
                            } />
                    </td>
                    <th scope="row"><a href=Route::Person(p.id.clone()).href()>{p.full_name.clone()}</a></th>
                    <td>{p.position.clone()}</td>
                    <td>{p.subjects.join(", ")}</td>
                    <td>{p.experience.map(|e| e.to_string()).unwrap_or_default()}</td>
                    <td>{p.roles_text()}{p.mentor.is_some().then(|| {
                        let id = p.id.clone();
                        view! { <span class="readiness">{move || format!("; обучение: {}", state.data.with(|d| count(d.trainings_of(&id) as u64, ["мероприятие", "мероприятия", "мероприятий"])))}</span> }
                    })}</td>
                    <td>{match blocked {
                        None => view! { <span>"есть"</span> }.into_any(),
                        Some(why) => view! { <span class="flag">"⚠ " {why}</span> }.into_any(),
                    }}</td>
                </tr>
            }
        })
    }
}
