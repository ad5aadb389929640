//! «Педагоги»: the register of the school's teachers, the banks of mentees and mentors (the
//! same list, filtered), and a person's card: data, roles, consents, questionnaires.

use leptos::prelude::*;

use crate::domain::answers::AnswerEdit;
use crate::domain::consents::consent_state;
use crate::domain::format::{count, date_ru};
use crate::domain::people::{
    search, subjects, BankStatus, Category, ConsentFilter, ConsentKind, Query, RoleFilter, SortBy,
};
use crate::domain::progress::measures;
use crate::domain::questionnaires::MAX_CAPACITY;
use crate::domain::register::PersonField;
use crate::storage::clock;

use super::banks::{BankDecision, BulkBar, WaitingList};
use super::router::{navigate, Route};
use super::state::use_state;
use super::widgets::FormsPicker;
use crate::domain::banks::Bank;
use crate::domain::forms::MentoringForm;
use std::collections::BTreeSet;

fn today() -> String {
    clock::today_local_iso()
}

/// Rows of a list shown at once (more on request).
const PAGE: usize = 100;

/// The register or a bank: search, filters, sort, and the table.
#[component]
pub fn PeopleList(
    /// `Some`: a bank with a fixed role; `None`: the whole register with a role filter.
    bank: Option<RoleFilter>,
) -> impl IntoView {
    let state = use_state();
    let text = RwSignal::new(String::new());
    let role = RwSignal::new(bank.unwrap_or_default());
    let consent = RwSignal::new(ConsentFilter::All);
    let status = RwSignal::new(None::<BankStatus>);
    let subject = RwSignal::new(None::<String>);
    // Memos: the options are rebuilt only when the lists change (a rebuilt list would lose
    // the chosen option).
    let subject_list = Memo::new(move |_| state.data.with(|d| subjects(&d.people)));
    // «id\u{1f}title» strings: one `Memo<Vec<String>>` type rather than a new one of pairs
    // (every signal type costs the wasm a few KB).
    let area_list = Memo::new(move |_| {
        state.data.with(|d| {
            d.taxonomy
                .iter()
                .map(|a| format!("{}\u{1f}{}", a.id, a.title))
                .collect::<Vec<String>>()
        })
    });
    let area = RwSignal::new(None::<String>);
    let sort = RwSignal::new(SortBy::Name);
    let prefix = match bank {
        Some(RoleFilter::Mentees) => "mentees",
        Some(RoleFilter::Mentors) => "mentors",
        _ => "people",
    };
    let rows = Memo::new(move |_| {
        let q = Query {
            text: text.get(),
            role: role.get(),
            consent: consent.get(),
            status: status.get(),
            subject: subject.get(),
            area: area.get(),
            sort: sort.get(),
        };
        state.data.with(|d| {
            search(&d.people, &q)
                .into_iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    // Long lists are shown a page at a time: searching, filtering and sorting a register of
    // 2 000 stays quick because only the shown rows are rendered.
    let limit = RwSignal::new(PAGE);
    let shown = Memo::new(move |_| {
        let n = limit.get();
        rows.with(|r| r.iter().take(n).cloned().collect::<Vec<_>>())
    });
    let bulk_bank = match bank {
        Some(RoleFilter::Mentees) => Some(Bank::Mentees),
        Some(RoleFilter::Mentors) => Some(Bank::Mentors),
        _ => None,
    };
    let total = move || {
        state.data.with(|d| match bulk_bank {
            Some(b) => b.size(&d.people),
            None => d.people.len(),
        })
    };
    // A memo: the table (and the bulk bar with its report) is rebuilt only when the list
    // becomes empty or stops being empty, not on every change of the data.
    let empty = Memo::new(move |_| total() == 0);
    let id = move |s: &str| format!("{prefix}-{s}");
    // The selection for bulk actions: ids, kept across searches and pages.
    let selected = RwSignal::new(BTreeSet::<String>::new());
    view! {
        <div class="people-list" data-testid=format!("list-{prefix}")>
            <div class="toolbar" role="search">
                <div class="field">
                    <label for=id("search")>"Поиск: ФИО, должность, предмет"</label>
                    <input id=id("search") type="search" prop:value=move || text.get()
                        on:input=move |ev| { limit.set(PAGE); text.set(event_target_value(&ev)) } />
                </div>
                {bank.is_none().then(|| view! {
                    <div class="field">
                        <label for=id("role")>"Роль"</label>
                        <select id=id("role") on:change=move |ev| { limit.set(PAGE); role.set(match event_target_value(&ev).as_str() {
                            "mentees" => RoleFilter::Mentees,
                            "mentors" => RoleFilter::Mentors,
                            "none" => RoleFilter::NoRole,
                            _ => RoleFilter::All,
                        }) }>
                            <option value="all">"все"</option>
                            <option value="mentees">"наставляемые"</option>
                            <option value="mentors">"наставники"</option>
                            <option value="none">"без роли"</option>
                        </select>
                    </div>
                })}
                {bank.is_some().then(|| view! {
                    <div class="field">
                        <label for=id("status")>"Статус"</label>
                        <select id=id("status") on:change=move |ev| {
                            let v = event_target_value(&ev);
                            limit.set(PAGE);
                            status.set(BankStatus::ALL.into_iter().find(|s| s.key() == v));
                        }>
                            <option value="">"любой"</option>
                            {BankStatus::ALL.into_iter().map(|s| view! { <option value=s.key()>{s.label()}</option> }).collect_view()}
                        </select>
                    </div>
                })}
                <div class="field">
                    <label for=id("subject")>"Предмет"</label>
                    <select id=id("subject") on:change=move |ev| {
                        limit.set(PAGE);
                        let v = event_target_value(&ev);
                        subject.set((!v.is_empty()).then_some(v));
                    }>
                        <option value="">"любой"</option>
                        {move || subject_list.get().into_iter().map(|s| view! { <option value=s.clone()>{s.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=id("area")>{match bank {
                        Some(RoleFilter::Mentees) => "Затруднение",
                        Some(RoleFilter::Mentors) => "Сильная сторона",
                        _ => "Область (затруднение или сильная сторона)",
                    }}</label>
                    <select id=id("area") on:change=move |ev| {
                        limit.set(PAGE);
                        let v = event_target_value(&ev);
                        area.set((!v.is_empty()).then_some(v));
                    }>
                        <option value="">"любая"</option>
                        {move || area_list.get().into_iter().map(|a| {
                            let (id, t) = a.split_once('\u{1f}').map(|(i, t)| (i.to_string(), t.to_string())).unwrap_or_default();
                            view! { <option value=id>{t}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=id("consent")>"Согласие на обработку ПД"</label>
                    <select id=id("consent") on:change=move |ev| { limit.set(PAGE); consent.set(match event_target_value(&ev).as_str() {
                        "with" => ConsentFilter::With,
                        "without" => ConsentFilter::Without,
                        _ => ConsentFilter::All,
                    }) }>
                        <option value="all">"все"</option>
                        <option value="with">"есть"</option>
                        <option value="without">"нет"</option>
                    </select>
                </div>
                <div class="field">
                    <label for=id("sort")>"Сортировка"</label>
                    <select id=id("sort") on:change=move |ev| { limit.set(PAGE); sort.set(match event_target_value(&ev).as_str() {
                        "experience" => SortBy::Experience,
                        "position" => SortBy::Position,
                        _ => SortBy::Name,
                    }) }>
                        <option value="name">"по ФИО"</option>
                        <option value="experience">"по стажу"</option>
                        <option value="position">"по должности"</option>
                    </select>
                </div>
            </div>
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
                            Some(RoleFilter::Mentees) => "В банке наставляемых пока никого нет. В реестре педагогов отметьте нужных и выберите действие «Дать роль: наставляемый» (или отметьте роль в карточке педагога).",
                            Some(RoleFilter::Mentors) => "В банке наставников пока никого нет. В реестре педагогов отметьте нужных и выберите действие «Дать роль: кандидат в наставники» (или отметьте роль в карточке педагога).",
                            _ => "В реестре пока нет педагогов. Добавьте первого педагога по ФИО.",
                        }}
                    </p>
                }.into_any()
            } else {
                view! {
                    <BulkBar selected=selected found=rows bank=bulk_bank prefix=prefix />
                    <div class="table-wrap">
                        <table class="registry people">
                            <thead>
                                <tr>
                                    <th scope="col"><span class="visually-hidden">"Выбор"</span></th>
                                    <th scope="col">"ФИО"</th>
                                    <th scope="col">"Должность"</th>
                                    <th scope="col">"Предметы"</th>
                                    <th scope="col">"Стаж"</th>
                                    <th scope="col">"Роли"</th>
                                    <th scope="col">"Согласие"</th>
                                </tr>
                            </thead>
                            <tbody>
                                <For each=move || shown.get() key=|id| id.clone() let(pid)>
                                    <PersonRow id=pid selected=selected />
                                </For>
                            </tbody>
                        </table>
                    </div>
                    {move || (rows.with(Vec::len) > shown.with(Vec::len)).then(|| view! {
                        <div class="actions">
                            <button type="button" class="btn" on:click=move |_| limit.update(|l| *l += PAGE)>
                                {format!("Показать ещё {PAGE}")}
                            </button>
                            <button type="button" class="btn" on:click=move |_| limit.set(usize::MAX)>"Показать все"</button>
                        </div>
                    })}
                }.into_any()
            }}
        </div>
    }
}

#[component]
fn PersonRow(id: String, selected: RwSignal<BTreeSet<String>>) -> impl IntoView {
    let state = use_state();
    let person = {
        let id = id.clone();
        Memo::new(move |_| state.data.with(|d| d.person(&id).cloned()))
    };
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

/// The register page.
#[component]
pub fn PeoplePage() -> impl IntoView {
    let state = use_state();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    view! {
        <h1 tabindex="-1">"Педагоги"</h1>
        <p>
            "Единый реестр педагогов школы. Каждый может быть наставляемым, кандидатом в наставники или и тем и другим: "
            "банки наставляемых и наставников — это отборы из реестра (этапы 2 и 3)."
        </p>
        <form class="inline-form" on:submit=move |ev| {
            ev.prevent_default();
            let n = name.get_untracked();
            let mut new_id = None;
            match state.change(|d| d.add_person(&n).map(|id| { new_id = Some(id); })) {
                Ok(()) => {
                    name.set(String::new());
                    error.set(None);
                    if let Some(id) = new_id { navigate(&Route::Person(id)); }
                }
                Err(e) => error.set(Some(e)),
            }
        }>
            <label for="new-person">"ФИО нового педагога"</label>
            <input id="new-person" type="text" maxlength="500" prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev)) />
            <button type="submit" class="btn btn-primary">"Добавить педагога"</button>
        </form>
        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        <p><a class="btn" href=Route::Import.href()>"Импорт списка из Excel или CSV…"</a></p>
        <PeopleList bank=None />
    }
}

/// The bank of a stage (2: mentees, 3: mentors), under the stage's checklist.
#[component]
pub fn StageBank(stage: u8) -> impl IntoView {
    let state = use_state();
    let mentees = stage == 2;
    let bank = if mentees {
        Bank::Mentees
    } else {
        Bank::Mentors
    };
    let summary = move || state.data.with(|d| bank.summary(&d.people));
    let measures = Memo::new(move |_| state.data.with(|d| measures(d, stage)));
    view! {
        <h2>{if mentees { "Банк наставляемых" } else { "Банк наставников" }}</h2>
        <p data-testid="bank-summary">{summary}</p>
        <h3>"Результаты этапа по данным банка"</h3>
        <p class="hint">"Считаются сами по анкетам, согласиям и статусам и входят в ход работы этапа вместе с задачами."</p>
        <ul class="measures" data-testid="measures">
            {move || measures.get().into_iter().map(|m| view! {
                <li class=format!("measure {}", m.status.key())>
                    <span class="badge">{m.status.label()}</span>
                    " " <strong>{m.title}</strong> ": " {m.detail}
                </li>
            }).collect_view()}
        </ul>
        <p>
            <a href=Route::People.href()>"Реестр педагогов: добавить педагога, отметить роль"</a>
            " · "
            <a href=Route::Import.href()>"импорт списка из Excel или CSV"</a>
        </p>
        <WaitingList bank=bank />
        <PeopleList bank=Some(if mentees { RoleFilter::Mentees } else { RoleFilter::Mentors }) />
    }
}

/// The input type of a field of the card.
fn input_type(f: PersonField) -> &'static str {
    match f {
        PersonField::BirthDate => "date",
        PersonField::Phone => "tel",
        PersonField::Email => "email",
        _ => "text",
    }
}

/// A text field of the card bound to one person field.
#[component]
fn PersonText(pid: String, field: PersonField) -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    let input_id = format!("person-{}", field.key());
    let value = {
        let pid = pid.clone();
        move || {
            state
                .data
                .with(|d| d.person(&pid).map(|p| field.get(p)).unwrap_or_default())
        }
    };
    view! {
        <div class="field">
            <label for=input_id.clone()>{field.label()}</label>
            <input id=input_id type=input_type(field) maxlength="500" prop:value=value
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    error.set(state.change(|d| d.set_person_field(&pid, field, v)).err());
                } />
            {move || error.get().map(|e| view! { <p class="error">{e}</p> })}
        </div>
    }
}

#[component]
pub fn PersonPage(id: String) -> impl IntoView {
    let state = use_state();
    // Memos: the card is rebuilt only when the person appears or disappears, not on every
    // keystroke (which would drop focus and inline errors).
    let exists = {
        let id = id.clone();
        Memo::new(move |_| state.data.with(|d| d.person(&id).is_some()))
    };
    let name = {
        let id = id.clone();
        Memo::new(move |_| {
            state.data.with(|d| {
                d.person(&id)
                    .map(|p| p.full_name.clone())
                    .unwrap_or_default()
            })
        })
    };
    let confirm_delete = RwSignal::new(false);
    let refused = RwSignal::new(None::<String>);
    let pid = id.clone();
    move || {
        if !exists.get() {
            return view! {
                <h1 tabindex="-1">"Педагог не найден"</h1>
                <p>"В реестре нет такого педагога: возможно, его удалили. " <a href=Route::People.href()>"К реестру"</a></p>
            }
            .into_any();
        }
        let id = pid.clone();
        let del_id = pid.clone();
        view! {
            <p class="eyebrow"><a href=Route::People.href()>"Педагоги"</a></p>
            <h1 tabindex="-1" data-testid="person-name">{move || name.get()}</h1>
            <section class="card" aria-labelledby="person-data">
                <h2 id="person-data">"Сведения"</h2>
                <div class="meta-grid">
                    {PersonField::ALL.into_iter().map(|field| view! { <PersonText pid=id.clone() field /> }).collect_view()}
                    <CategorySelect pid=id.clone() />
                </div>
            </section>
            <Roles pid=id.clone() />
            <Consents pid=id.clone() />
            <PersonDocuments pid=id.clone() />
            <Questionnaire pid=id.clone() bank=Bank::Mentees />
            <Questionnaire pid=id.clone() bank=Bank::Mentors />
            <section class="card danger-zone" aria-labelledby="person-delete">
                <h2 id="person-delete">"Удалить из реестра"</h2>
                {move || if confirm_delete.get() {
                    let del_id = del_id.clone();
                    let del_id2 = del_id.clone();
                    view! {
                        <div class="confirm" role="group" aria-label="Подтверждение удаления">
                            {move || match refused.get() {
                                None => view! {
                                    <p>"Педагог, его анкеты и отметки о согласиях будут удалены. Если согласие отозвано, лучше обезличить данные: ответы останутся для статистики."</p>
                                }.into_any(),
                                Some(why) => view! { <p class="error" role="alert" data-testid="delete-refused">{why}</p> }.into_any(),
                            }}
                            {move || if refused.with(Option::is_none) {
                                let del_id = del_id.clone();
                                view! {
                                    <button type="button" class="btn btn-danger" on:click=move |_| {
                                        match state.change(|d| d.delete_person(&del_id, false).map(|_| ())) {
                                            Ok(()) => navigate(&Route::People),
                                            Err(e) => refused.set(Some(e)),
                                        }
                                    }>"Удалить"</button>
                                }.into_any()
                            } else {
                                let del_id = del_id2.clone();
                                view! {
                                    <button type="button" class="btn btn-danger" on:click=move |_| {
                                        if state.change(|d| d.delete_person(&del_id, true).map(|_| ())).is_ok() {
                                            navigate(&Route::People);
                                        }
                                    }>"Удалить вместе с этими записями"</button>
                                }.into_any()
                            }}
                            <button type="button" class="btn" on:click=move |_| { confirm_delete.set(false); refused.set(None); }>"Отмена"</button>
                        </div>
                    }.into_any()
                } else {
                    view! { <button type="button" class="btn btn-danger" on:click=move |_| confirm_delete.set(true)>"Удалить педагога…"</button> }.into_any()
                }}
            </section>
        }
        .into_any()
    }
}

#[component]
fn CategorySelect(pid: String) -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    let current = {
        let pid = pid.clone();
        move || {
            state
                .data
                .with(|d| d.person(&pid).map(|p| p.category).unwrap_or_default())
        }
    };
    view! {
        <div class="field">
            <label for="person-category">"Квалификационная категория"</label>
            <select id="person-category" on:change=move |ev| {
                let v = event_target_value(&ev);
                if let Some(c) = Category::ALL.into_iter().find(|c| c.label() == v) {
                    error.set(state.change(|d| d.update_person(&pid, |p| { p.category = c; Ok(()) })).err());
                }
            }>
                {Category::ALL.into_iter().map(|c| {
                    let current = current.clone();
                    view! { <option value=c.label() selected=move || current() == c>{c.label()}</option> }
                }).collect_view()}
            </select>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </div>
    }
}

#[component]
fn Roles(pid: String) -> impl IntoView {
    let state = use_state();
    let person = {
        let pid = pid.clone();
        Memo::new(move |_| state.data.with(|d| d.person(&pid).cloned()))
    };
    let has_mentee =
        Memo::new(move |_| person.with(|p| p.as_ref().is_some_and(|p| p.mentee.is_some())));
    let has_mentor =
        Memo::new(move |_| person.with(|p| p.as_ref().is_some_and(|p| p.mentor.is_some())));
    let (bank_pid, bank_pid2) = (pid.clone(), pid.clone());
    let error = RwSignal::new(None::<String>);
    let set_role = move |bank: Bank, on: bool| {
        error.set(state.change(|d| d.set_person_role(&pid, bank, on)).err());
    };
    let set_role2 = set_role.clone();
    view! {
        <section class="card" aria-labelledby="person-roles">
            <h2 id="person-roles">"Роли"</h2>
            <div class="check">
                <input type="checkbox" id="role-mentee" prop:checked=move || person.get().is_some_and(|p| p.mentee.is_some())
                    on:change=move |ev| set_role(Bank::Mentees, event_target_checked(&ev)) />
                <label for="role-mentee">"Наставляемый (банк наставляемых, этап 2)"</label>
            </div>
            <div class="check">
                <input type="checkbox" id="role-mentor" prop:checked=move || person.get().is_some_and(|p| p.mentor.is_some())
                    on:change=move |ev| set_role2(Bank::Mentors, event_target_checked(&ev)) />
                <label for="role-mentor">"Кандидат в наставники (банк наставников, этап 3)"</label>
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || has_mentee.get().then(|| view! { <BankDecision pid=bank_pid.clone() bank=Bank::Mentees /> })}
            {move || has_mentor.get().then(|| view! { <BankDecision pid=bank_pid2.clone() bank=Bank::Mentors /> })}
            {move || person.get().filter(|p| p.mentor.is_some()).map(|p| view! {
                <p data-testid="trainings-attended">"Обучение наставников (этап 4): посещено "
                    {move || state.data.with(|d| count(d.trainings_of(&p.id) as u64, ["мероприятие", "мероприятия", "мероприятий"]))}</p>
            })}
            {move || person.get().and_then(|p| p.matching_block()).map(|why| view! {
                <p class="flag" data-testid="blocked">"⚠ Не участвует в подборе пар: " {why} "."</p>
            })}
        </section>
    }
}

#[component]
fn Consents(pid: String) -> impl IntoView {
    let state = use_state();
    let kinds = {
        let pid = pid.clone();
        Memo::new(move |_| {
            state.data.with(|d| {
                d.person(&pid)
                    .map(ConsentKind::for_person)
                    .unwrap_or_default()
            })
        })
    };
    let offer_anonymize = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let anon_id = pid.clone();
    view! {
        <section class="card" aria-labelledby="person-consents">
            <h2 id="person-consents">"Согласия"</h2>
            <p class="muted">"Каждое согласие — отдельный документ с датой; бланк — в разделе «Документы»."</p>
            <For each=move || kinds.get() key=|k| k.key() let(which)>
                <ConsentRow pid=pid.clone() which offer_anonymize />
            </For>
            {move || offer_anonymize.get().then(|| {
                let anon_id = anon_id.clone();
                view! {
                    <div class="confirm" role="group" aria-label="Обезличивание" data-testid="anonymize-offer">
                        <p>
                            <strong>"Согласие на обработку отозвано."</strong>
                            " Обезличить данные педагога? ФИО заменится на «Участник N», контакты, дата рождения и предметы будут удалены; "
                            "ответы анкет останутся для общей статистики. Это нельзя отменить."
                        </p>
                        <button type="button" class="btn btn-danger" on:click=move |_| {
                            let r = state.change(|d| d.anonymize_person(&anon_id, &today()));
                            if r.is_ok() {
                                offer_anonymize.set(false);
                            }
                            error.set(r.err());
                        }>"Обезличить"</button>
                        <button type="button" class="btn" on:click=move |_| { offer_anonymize.set(false); error.set(None); }>"Не сейчас"</button>
                        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                    </div>
                }
            })}
        </section>
    }
}

#[component]
fn ConsentRow(pid: String, which: ConsentKind, offer_anonymize: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let consent = {
        let pid = pid.clone();
        Memo::new(move |_| {
            state
                .data
                .with(|d| d.person(&pid).and_then(|p| which.get(p).clone()))
        })
    };
    let date = RwSignal::new(today());
    let error = RwSignal::new(None::<String>);
    let date_id = format!("consent-{}-date", which.key());
    let (give_id, withdraw_id) = (pid.clone(), pid.clone());
    view! {
        <div class="consent" data-consent=which.key()>
            <h3>{which.title()}</h3>
            <p data-testid=format!("consent-{}-state", which.key())>
                {move || consent_state(consent.get().as_ref())}
            </p>
            <div class="inline-form">
                <label for=date_id.clone()>"Дата"</label>
                <input id=date_id type="date" prop:value=move || date.get() on:change=move |ev| date.set(event_target_value(&ev)) />
                {move || if consent.get().is_some_and(|c| c.active()) {
                    let withdraw_id = withdraw_id.clone();
                    view! {
                        <button type="button" class="btn btn-danger btn-small" on:click=move |_| {
                            let on = date.get_untracked();
                            let r = state.change(|d| d.withdraw_consent(&withdraw_id, which, &on));
                            if r.is_ok() && which.withdrawal_calls_for_anonymization() {
                                offer_anonymize.set(true);
                            }
                            error.set(r.err());
                        }>"Отозвать"</button>
                    }.into_any()
                } else {
                    let give_id = give_id.clone();
                    view! {
                        <button type="button" class="btn btn-small" on:click=move |_| {
                            let on = date.get_untracked();
                            error.set(state.change(|d| d.give_consent(&give_id, which, &on)).err());
                        }>"Отметить согласие"</button>
                    }.into_any()
                }}
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </div>
    }
}

/// A 1–5 select per area of the school's taxonomy (`—`: not rated).
#[component]
fn RatingGrid(
    prefix: &'static str,
    ratings: std::collections::BTreeMap<String, u8>,
    on_change: Callback<(String, u8)>,
) -> impl IntoView {
    let state = use_state();
    let areas = state.data.with_untracked(|d| d.taxonomy.clone());
    view! {
        <div class="ratings">
            {areas.into_iter().map(|area| {
                let id = format!("{prefix}-{}", area.id);
                let area_id = area.id.clone();
                view! {
                    <div class="field rating">
                        <label for=id.clone()>{area.title.clone()}</label>
                        <select id=id on:change=move |ev| {
                            let v: u8 = event_target_value(&ev).parse().unwrap_or(0);
                            on_change.run((area_id.clone(), v));
                        }>{rating_options(ratings.get(&area.id).copied())}</select>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}

fn rating_options(selected: Option<u8>) -> impl IntoView {
    let opts = [(0u8, "—"), (1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, "5")];
    opts.into_iter()
        .map(|(v, label)| view! { <option value=v.to_string() selected=selected.unwrap_or(0) == v>{label}</option> })
        .collect_view()
}

/// What differs between the two questionnaire cards.
struct CardText {
    /// The heading's id.
    id: &'static str,
    title: &'static str,
    hint: &'static str,
    /// Prefix of the rating selects' ids.
    rating: &'static str,
    /// Prefix of the forms' checkboxes.
    forms: &'static str,
    forms_legend: &'static str,
    text_id: &'static str,
    text_label: &'static str,
    text_rows: &'static str,
}

fn card_text(bank: Bank) -> CardText {
    match bank {
        Bank::Mentees => CardText {
            id: "mentee-q",
            title: "Анкета наставляемого: профессиональные запросы",
            hint: "Насколько нужна помощь в каждой области: 1 — не нужна, 5 — очень нужна. Заполнено: ",
            rating: "need",
            forms: "mentee-form",
            forms_legend: "Предпочтительные формы наставничества",
            text_id: "mentee-text",
            text_label: "Запрос своими словами",
            text_rows: "3",
        },
        Bank::Mentors => CardText {
            id: "mentor-q",
            title: "Анкета кандидата в наставники",
            hint: "В чём кандидат может помочь коллегам: 1 — не может, 5 — может научить. Заполнено: ",
            rating: "strength",
            forms: "mentor-form",
            forms_legend: "Формы наставничества, которые кандидат готов вести",
            text_id: "mentor-motivation",
            text_label: "Мотивация",
            text_rows: "2",
        },
    }
}

/// The questionnaire of a bank's role on the card (shown while the person has the role).
#[component]
fn Questionnaire(pid: String, bank: Bank) -> impl IntoView {
    let state = use_state();
    let has_role = {
        let pid = pid.clone();
        Memo::new(move |_| {
            state
                .data
                .with(|d| d.person(&pid).is_some_and(|p| bank.status(p).is_some()))
        })
    };
    let answers = {
        let pid = pid.clone();
        Memo::new(move |_| {
            state
                .data
                .with(|d| d.person(&pid).and_then(|p| p.card_answers(bank)))
        })
    };
    let error = RwSignal::new(None::<String>);
    let edit = Callback::new(move |e: AnswerEdit| {
        error.set(
            state
                .change(|d| d.edit_answers(&pid, bank, &today(), e))
                .err(),
        );
    });
    let t = card_text(bank);
    move || {
        has_role.get().then(|| {
            let a = answers.get_untracked().unwrap_or_default();
            view! {
                <section class="card" aria-labelledby=t.id>
                    <h2 id=t.id>{t.title}</h2>
                    <p class="muted">{t.hint}
                        {move || answers.get().map(|a| date_ru(&a.date)).unwrap_or_default()}</p>
                    <RatingGrid prefix=t.rating ratings=a.ratings.clone() on_change=Callback::new(move |(id, v): (String, u8)| {
                        edit.run(AnswerEdit::Rating(id, v));
                    }) />
                    {a.capacity.map(|capacity| view! {
                        <div class="field">
                            <label for="mentor-capacity">"Сколько наставляемых одновременно"</label>
                            <select id="mentor-capacity" on:change=move |ev| {
                                let v: u8 = event_target_value(&ev).parse().unwrap_or(1);
                                edit.run(AnswerEdit::Capacity(v));
                            }>
                                {(1..=MAX_CAPACITY).map(|n| view! { <option value=n.to_string() selected=capacity == n>{n}</option> }).collect_view()}
                            </select>
                        </div>
                    })}
                    <FormsPicker prefix=t.forms legend=t.forms_legend
                        selected=Signal::derive(move || answers.get().map(|a| a.forms).unwrap_or_default())
                        on_toggle=Callback::new(move |(form, on): (MentoringForm, bool)| {
                            edit.run(AnswerEdit::Form(form, on));
                        }) />
                    <div class="field">
                        <label for=t.text_id>{t.text_label}</label>
                        <textarea id=t.text_id rows=t.text_rows maxlength="5000" prop:value=a.text.clone() on:input=move |ev| {
                            edit.run(AnswerEdit::Text(event_target_value(&ev)));
                        }></textarea>
                    </div>
                    {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                </section>
            }
        })
    }
}

/// The personal documents of a teacher: the consent form, and for a mentor the additional
/// agreement with the written consent to mentor.
#[component]
fn PersonDocuments(pid: String) -> impl IntoView {
    use crate::domain::documents::registry::DocKind;
    let state = use_state();
    let roles = {
        let pid = pid.clone();
        Memo::new(move |_| {
            state.data.with(|d| {
                d.person(&pid)
                    .map(|p| (p.mentee.is_some(), p.mentor.is_some()))
                    .unwrap_or_default()
            })
        })
    };
    let href = move |kind: DocKind| Route::PersonDocument(kind, pid.clone()).href();
    let consent = href(DocKind::ConsentPersonalData);
    let dissemination = href(DocKind::ConsentDissemination);
    let agreement = href(DocKind::MentorAgreement);
    let mentee_form = href(DocKind::MenteeQuestionnaire);
    let mentor_form = href(DocKind::MentorQuestionnaire);
    view! {
        <section class="card" aria-labelledby="person-docs">
            <h2 id="person-docs">"Документы педагога"</h2>
            <ul class="doc-links">
                <li><a href=consent>"Согласие на обработку персональных данных — с ФИО педагога"</a></li>
                <li><a href=dissemination>"Согласие на распространение персональных данных на сайте (ст. 10.1 152-ФЗ) — с адресом раздела"</a></li>
                {move || roles.get().0.then(|| view! {
                    <li><a href=mentee_form.clone()>"Анкета наставляемого — с данными и ответами для печати и подписи"</a></li>
                })}
                {move || roles.get().1.then(|| view! {
                    <li><a href=mentor_form.clone()>"Анкета кандидата в наставники — с данными и ответами для печати и подписи"</a></li>
                    <li><a href=agreement.clone()>"Дополнительное соглашение к трудовому договору о наставничестве и согласие на наставничество"</a></li>
                })}
            </ul>
        </section>
    }
}
