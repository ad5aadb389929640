//! «Педагоги»: the register of the school's teachers, the banks of mentees and mentors (the
//! same list, filtered), and a person's card: data, roles, consents, questionnaires.

use leptos::prelude::*;

use crate::domain::format::{count, date_ru};
use crate::domain::people::{
    anonymize, parse_years, search, subjects, withdraw, BankStatus, Category, Consent,
    ConsentFilter, ConsentKind, Person, Query, RoleFilter, SortBy,
};
use crate::domain::progress::measures;
use crate::domain::questionnaires::{MenteeAnswers, MentorAnswers, MAX_CAPACITY};
use crate::storage::clock;

use super::banks::{BankDecision, BulkBar, WaitingList};
use super::router::{navigate, Route};
use super::state::use_state;
use super::widgets::FormsPicker;
use crate::domain::banks::Bank;
use crate::domain::forms::{toggle, MentoringForm};
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
    let total = move || {
        state.data.with(|d| match bank {
            Some(RoleFilter::Mentees) => d.people.iter().filter(|p| p.mentee.is_some()).count(),
            Some(RoleFilter::Mentors) => d.people.iter().filter(|p| p.mentor.is_some()).count(),
            _ => d.people.len(),
        })
    };
    // A memo: the table (and the bulk bar with its report) is rebuilt only when the list
    // becomes empty or stops being empty, not on every change of the data.
    let empty = Memo::new(move |_| total() == 0);
    let id = move |s: &str| format!("{prefix}-{s}");
    // The selection for bulk actions: ids, kept across searches and pages.
    let selected = RwSignal::new(BTreeSet::<String>::new());
    let bulk_bank = match bank {
        Some(RoleFilter::Mentees) => Some(Bank::Mentees),
        Some(RoleFilter::Mentors) => Some(Bank::Mentors),
        _ => None,
    };
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

fn roles_text(p: &Person) -> String {
    let status = |s: BankStatus, reason: &str| {
        if reason.is_empty() {
            s.label().to_string()
        } else {
            format!("{}: {reason}", s.label())
        }
    };
    let mut roles = Vec::new();
    if let Some(r) = &p.mentee {
        roles.push(format!("наставляемый ({})", status(r.status, &r.reason)));
    }
    if let Some(r) = &p.mentor {
        roles.push(format!("наставник ({})", status(r.status, &r.reason)));
    }
    if roles.is_empty() {
        "—".into()
    } else {
        roles.join(", ")
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
                    <td>{roles_text(&p)}{p.mentor.is_some().then(|| {
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
    let summary = move || {
        state.data.with(|d| {
            let in_bank: Vec<&Person> = d
                .people
                .iter()
                .filter(|p| {
                    if mentees {
                        p.mentee.is_some()
                    } else {
                        p.mentor.is_some()
                    }
                })
                .collect();
            let answered = in_bank
                .iter()
                .filter(|p| {
                    if mentees {
                        p.mentee.as_ref().is_some_and(|r| r.answers.is_some())
                    } else {
                        p.mentor.as_ref().is_some_and(|r| r.answers.is_some())
                    }
                })
                .count();
            let consented = in_bank
                .iter()
                .filter(|p| p.matching_block().is_none())
                .count();
            format!(
                "В банке: {}; анкеты заполнены: {}; согласие на обработку персональных данных: {}.",
                count(in_bank.len() as u64, ["педагог", "педагога", "педагогов"]),
                answered,
                consented
            )
        })
    };
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
        <WaitingList bank=if mentees { Bank::Mentees } else { Bank::Mentors } />
        <PeopleList bank=Some(if mentees { RoleFilter::Mentees } else { RoleFilter::Mentors }) />
    }
}

/// A text field of the card bound to one person field.
#[component]
fn PersonText(
    pid: String,
    field: &'static str,
    label: &'static str,
    get: fn(&Person) -> String,
    set: fn(&mut Person, String) -> Result<(), String>,
    #[prop(optional)] input_type: Option<&'static str>,
) -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    let input_id = format!("person-{field}");
    let value = {
        let pid = pid.clone();
        move || {
            state
                .data
                .with(|d| d.person(&pid).map(get).unwrap_or_default())
        }
    };
    view! {
        <div class="field">
            <label for=input_id.clone()>{label}</label>
            <input id=input_id type=input_type.unwrap_or("text") maxlength="500" prop:value=value
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    error.set(state.change(|d| d.update_person(&pid, |p| set(p, v))).err());
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
                    <PersonText pid=id.clone() field="full_name" label="ФИО" get=|p| p.full_name.clone()
                        set=|p, v| if v.trim().is_empty() { Err("Укажите ФИО".into()) } else { p.full_name = v; Ok(()) } />
                    <PersonText pid=id.clone() field="position" label="Должность" get=|p| p.position.clone()
                        set=|p, v| { p.position = v; Ok(()) } />
                    <PersonText pid=id.clone() field="subjects" label="Предметы (через запятую)" get=|p| p.subjects.join(", ")
                        set=|p, v| { p.subjects = v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(); Ok(()) } />
                    <PersonText pid=id.clone() field="experience" label="Педагогический стаж, лет" get=|p| p.experience.map(|e| e.to_string()).unwrap_or_default()
                        set=|p, v| { p.experience = parse_years(&v)?; Ok(()) } />
                    <PersonText pid=id.clone() field="school_experience" label="Стаж в этой школе, лет" get=|p| p.school_experience.map(|e| e.to_string()).unwrap_or_default()
                        set=|p, v| { p.school_experience = parse_years(&v)?; Ok(()) } />
                    <PersonText pid=id.clone() field="birth_date" label="Дата рождения" input_type="date" get=|p| p.birth_date.clone()
                        set=|p, v| { p.birth_date = v; Ok(()) } />
                    <PersonText pid=id.clone() field="phone" label="Телефон" input_type="tel" get=|p| p.phone.clone()
                        set=|p, v| { p.phone = v; Ok(()) } />
                    <PersonText pid=id.clone() field="email" label="Электронная почта" input_type="email" get=|p| p.email.clone()
                        set=|p, v| { p.email = v; Ok(()) } />
                    <CategorySelect pid=id.clone() />
                </div>
            </section>
            <Roles pid=id.clone() />
            <Consents pid=id.clone() />
            <PersonDocuments pid=id.clone() />
            <MenteeQuestionnaire pid=id.clone() />
            <MentorQuestionnaire pid=id.clone() />
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
    let current = {
        let pid = pid.clone();
        move || {
            state
                .data
                .with(|d| d.person(&pid).map(|p| p.category).unwrap_or_default())
        }
    };
    const ALL: [Category; 6] = [
        Category::None,
        Category::Compliance,
        Category::First,
        Category::Highest,
        Category::Methodist,
        Category::Mentor,
    ];
    view! {
        <div class="field">
            <label for="person-category">"Квалификационная категория"</label>
            <select id="person-category" on:change=move |ev| {
                let v = event_target_value(&ev);
                if let Some(c) = ALL.into_iter().find(|c| c.label() == v) {
                    let _ = state.change(|d| d.update_person(&pid, |p| { p.category = c; Ok(()) }));
                }
            }>
                {ALL.into_iter().map(|c| {
                    let current = current.clone();
                    view! { <option value=c.label() selected=move || current() == c>{c.label()}</option> }
                }).collect_view()}
            </select>
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
    let set_role = move |mentee: bool, on: bool| {
        let pid = pid.clone();
        let _ = state.change(|d| {
            d.update_person(&pid, |p| {
                if mentee {
                    p.mentee = on.then(|| p.mentee.take().unwrap_or_default());
                } else {
                    p.mentor = on.then(|| p.mentor.take().unwrap_or_default());
                }
                Ok(())
            })
        });
    };
    let set_role2 = set_role.clone();
    view! {
        <section class="card" aria-labelledby="person-roles">
            <h2 id="person-roles">"Роли"</h2>
            <div class="check">
                <input type="checkbox" id="role-mentee" prop:checked=move || person.get().is_some_and(|p| p.mentee.is_some())
                    on:change=move |ev| set_role(true, event_target_checked(&ev)) />
                <label for="role-mentee">"Наставляемый (банк наставляемых, этап 2)"</label>
            </div>
            <div class="check">
                <input type="checkbox" id="role-mentor" prop:checked=move || person.get().is_some_and(|p| p.mentor.is_some())
                    on:change=move |ev| set_role2(false, event_target_checked(&ev)) />
                <label for="role-mentor">"Кандидат в наставники (банк наставников, этап 3)"</label>
            </div>
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
    let is_mentor = {
        let pid = pid.clone();
        Memo::new(move |_| {
            state
                .data
                .with(|d| d.person(&pid).is_some_and(|p| p.mentor.is_some()))
        })
    };
    let offer_anonymize = RwSignal::new(false);
    let anon_id = pid.clone();
    view! {
        <section class="card" aria-labelledby="person-consents">
            <h2 id="person-consents">"Согласия"</h2>
            <p class="muted">"Каждое согласие — отдельный документ с датой; бланк — в разделе «Документы»."</p>
            <ConsentRow pid=pid.clone() which=ConsentKind::Processing offer_anonymize=offer_anonymize />
            <ConsentRow pid=pid.clone() which=ConsentKind::Publication offer_anonymize=offer_anonymize />
            {move || is_mentor.get().then(|| view! { <ConsentRow pid=pid.clone() which=ConsentKind::Mentoring offer_anonymize=offer_anonymize /> })}
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
                            let today = today();
                            let _ = state.change(|d| {
                                let n = d.people.iter().filter(|p| p.anonymized).count() + 1;
                                d.publication.forget_person(&anon_id);
                                d.update_person(&anon_id, |p| { anonymize(p, n, &today); Ok(()) })
                            });
                            offer_anonymize.set(false);
                        }>"Обезличить"</button>
                        <button type="button" class="btn" on:click=move |_| offer_anonymize.set(false)>"Не сейчас"</button>
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
                {move || match consent.get() {
                    None => "Нет".to_string(),
                    Some(c) if c.active() => format!("Дано {}", date_ru(&c.date)),
                    Some(c) if !c.withdrawn.is_empty() => format!("Дано {}, отозвано {}", date_ru(&c.date), date_ru(&c.withdrawn)),
                    Some(_) => "Дата согласия не указана".to_string(),
                }}
            </p>
            <div class="inline-form">
                <label for=date_id.clone()>"Дата"</label>
                <input id=date_id type="date" prop:value=move || date.get() on:change=move |ev| date.set(event_target_value(&ev)) />
                {move || if consent.get().is_some_and(|c| c.active()) {
                    let withdraw_id = withdraw_id.clone();
                    view! {
                        <button type="button" class="btn btn-danger btn-small" on:click=move |_| {
                            let on = date.get_untracked();
                            let r = state.change(|d| d.update_person(&withdraw_id, |p| withdraw(which.slot(p), &on)));
                            if r.is_ok() && which == ConsentKind::Processing {
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
                            error.set(state.change(|d| d.update_person(&give_id, |p| {
                                if crate::domain::format::parse_date(&on).is_none() {
                                    return Err("Укажите дату согласия".into());
                                }
                                *which.slot(p) = Some(Consent { date: on, scope: String::new(), withdrawn: String::new() });
                                Ok(())
                            })).err());
                        }>"Отметить согласие"</button>
                    }.into_any()
                }}
            </div>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </div>
    }
}

/// Sets a rating of an area, or removes it (`0`: not rated).
fn set_rating(ratings: &mut std::collections::BTreeMap<String, u8>, area: String, value: u8) {
    if value == 0 {
        ratings.remove(&area);
    } else {
        ratings.insert(area, value);
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

#[component]
fn MenteeQuestionnaire(pid: String) -> impl IntoView {
    let state = use_state();
    let has_role = {
        let pid = pid.clone();
        Memo::new(move |_| {
            state
                .data
                .with(|d| d.person(&pid).is_some_and(|p| p.mentee.is_some()))
        })
    };
    let answers = {
        let pid = pid.clone();
        Memo::new(move |_| {
            state.data.with(|d| {
                d.person(&pid).and_then(|p| {
                    p.mentee
                        .as_ref()
                        .map(|r| r.answers.clone().unwrap_or_default())
                })
            })
        })
    };
    let update = move |f: Box<dyn FnOnce(&mut MenteeAnswers)>| {
        let pid = pid.clone();
        let _ = state.change(|d| d.update_person(&pid, |p| p.edit_mentee_answers(&today(), f)));
    };
    move || {
        has_role.get().then(|| {
            let a = answers.get_untracked().unwrap_or_default();
            let update = update.clone();
            let text_update = update.clone();
            let forms_update = update.clone();
            view! {
                <section class="card" aria-labelledby="mentee-q">
                    <h2 id="mentee-q">"Анкета наставляемого: профессиональные запросы"</h2>
                    <p class="muted">"Насколько нужна помощь в каждой области: 1 — не нужна, 5 — очень нужна. Заполнено: "
                        {move || answers.get().map(|a| date_ru(&a.date)).unwrap_or_default()}</p>
                    <RatingGrid prefix="need" ratings=a.needs.clone() on_change=Callback::new(move |(id, v): (String, u8)| {
                        update(Box::new(move |a| set_rating(&mut a.needs, id, v)));
                    }) />
                    <FormsPicker prefix="mentee-form" legend="Предпочтительные формы наставничества"
                        selected=Signal::derive(move || answers.get().map(|a| a.forms).unwrap_or_default())
                        on_toggle=Callback::new(move |(form, on): (MentoringForm, bool)| {
                            forms_update(Box::new(move |a| toggle(&mut a.forms, form, on)));
                        }) />
                    <div class="field">
                        <label for="mentee-text">"Запрос своими словами"</label>
                        <textarea id="mentee-text" rows="3" maxlength="5000" prop:value=a.text.clone() on:input=move |ev| {
                            let v = event_target_value(&ev);
                            text_update(Box::new(move |a| a.text = v));
                        }></textarea>
                    </div>
                </section>
            }
        })
    }
}

#[component]
fn MentorQuestionnaire(pid: String) -> impl IntoView {
    let state = use_state();
    let has_role = {
        let pid = pid.clone();
        Memo::new(move |_| {
            state
                .data
                .with(|d| d.person(&pid).is_some_and(|p| p.mentor.is_some()))
        })
    };
    let answers = {
        let pid = pid.clone();
        Memo::new(move |_| {
            state.data.with(|d| {
                d.person(&pid).and_then(|p| {
                    p.mentor
                        .as_ref()
                        .map(|r| r.answers.clone().unwrap_or_default())
                })
            })
        })
    };
    let update = move |f: Box<dyn FnOnce(&mut MentorAnswers)>| {
        let pid = pid.clone();
        let _ = state.change(|d| d.update_person(&pid, |p| p.edit_mentor_answers(&today(), f)));
    };
    move || {
        has_role.get().then(|| {
            let a = answers.get_untracked().unwrap_or_default();
            let (u1, u2, u3, u4) = (update.clone(), update.clone(), update.clone(), update.clone());
            view! {
                <section class="card" aria-labelledby="mentor-q">
                    <h2 id="mentor-q">"Анкета кандидата в наставники"</h2>
                    <p class="muted">"В чём кандидат может помочь коллегам: 1 — не может, 5 — может научить. Заполнено: "
                        {move || answers.get().map(|a| date_ru(&a.date)).unwrap_or_default()}</p>
                    <RatingGrid prefix="strength" ratings=a.strengths.clone() on_change=Callback::new(move |(id, v): (String, u8)| {
                        u1(Box::new(move |a| set_rating(&mut a.strengths, id, v)));
                    }) />
                    <div class="field">
                        <label for="mentor-capacity">"Сколько наставляемых одновременно"</label>
                        <select id="mentor-capacity" on:change=move |ev| {
                            let v: u8 = event_target_value(&ev).parse().unwrap_or(1);
                            u2(Box::new(move |a| a.capacity = v));
                        }>
                            {(1..=MAX_CAPACITY).map(|n| view! { <option value=n.to_string() selected=a.capacity.max(1) == n>{n}</option> }).collect_view()}
                        </select>
                    </div>
                    <FormsPicker prefix="mentor-form" legend="Формы наставничества, которые кандидат готов вести"
                        selected=Signal::derive(move || answers.get().map(|a| a.forms).unwrap_or_default())
                        on_toggle=Callback::new(move |(form, on): (MentoringForm, bool)| {
                            u4(Box::new(move |a| toggle(&mut a.forms, form, on)));
                        }) />
                    <div class="field">
                        <label for="mentor-motivation">"Мотивация"</label>
                        <textarea id="mentor-motivation" rows="2" maxlength="5000" prop:value=a.motivation.clone() on:input=move |ev| {
                            let v = event_target_value(&ev);
                            u3(Box::new(move |a| a.motivation = v));
                        }></textarea>
                    </div>
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
    let agreement = href(DocKind::MentorAgreement);
    let mentee_form = href(DocKind::MenteeQuestionnaire);
    let mentor_form = href(DocKind::MentorQuestionnaire);
    view! {
        <section class="card" aria-labelledby="person-docs">
            <h2 id="person-docs">"Документы педагога"</h2>
            <ul class="doc-links">
                <li><a href=consent>"Согласие на обработку персональных данных — с ФИО педагога"</a></li>
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
