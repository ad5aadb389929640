//! Stage 5 «Пары и группы»: the pairs and groups with their ПНП, a pair's page (participants,
//! dates, status, replacing the mentor, the ПНП editor), and the support of mentees left
//! without a mentor.

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::documents::registry::DocKind;
use crate::domain::format::date_ru;
use crate::domain::forms::MentoringForm;
use crate::domain::pairs::{is_overdue, PairStatus, Program, SupportEntry};
use crate::domain::people::Person;
use crate::domain::program::ItemField;
use crate::storage::clock;

use super::router::{navigate, Route};
use super::state::use_state;

/// The User Timing name of the stage-5 hint's suggestion (`performance.getEntriesByName`).
const SUGGEST_MARK: &str = "nastavnik:suggestion-stage5";

fn name(d: &SchoolData, id: &str) -> String {
    d.person(id)
        .map(|p| p.full_name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// People as a select's options: id and name.
fn person_options(people: Vec<&Person>) -> Vec<(String, String)> {
    people
        .into_iter()
        .map(|p| (p.id.clone(), p.full_name.clone()))
        .collect()
}

fn form_select(
    id: String,
    current: impl Fn() -> MentoringForm + Send + Sync + 'static,
    on: impl Fn(MentoringForm) + 'static,
) -> impl IntoView {
    view! {
        <select id=id on:change=move |ev| {
            let v = event_target_value(&ev);
            if let Some(f) = MentoringForm::ALL.into_iter().find(|f| f.key() == v) { on(f) }
        }>
            {MentoringForm::ALL.into_iter().map(|f| {
                let selected = { let c = &current; c() == f };
                view! { <option value=f.key() selected=selected>{f.label()}</option> }
            }).collect_view()}
        </select>
    }
}

/// The work area of stage 5.
#[component]
pub fn StagePairs() -> impl IntoView {
    let state = use_state();
    let ids = Memo::new(move |_| {
        state
            .data
            .with(|d| d.pairs.iter().map(|g| g.id.clone()).collect::<Vec<_>>())
    });
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
                        <thead><tr>
                            <th scope="col">"Пара (группа)"</th>
                            <th scope="col">"Наставляемые"</th>
                            <th scope="col">"Форма"</th>
                            <th scope="col">"Срок"</th>
                            <th scope="col">"Статус"</th>
                            <th scope="col">"ПНП"</th>
                        </tr></thead>
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
    let row = Memo::new(move |_| {
        state.data.with(|d| {
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

/// A pair formed by hand: a mentor and one mentee (more can join on the pair's page).
#[component]
fn NewPair() -> impl IntoView {
    let state = use_state();
    let mentor = RwSignal::new(String::new());
    let mentee = RwSignal::new(String::new());
    let form = RwSignal::new(MentoringForm::Traditional);
    let start = RwSignal::new(clock::today_local_iso());
    // The end of the school year (the profile's setting), editable here and on the pair.
    let end = RwSignal::new(
        state
            .data
            .with_untracked(|d| d.default_pair_end(&start.get_untracked())),
    );
    let error = RwSignal::new(None::<String>);
    let options = Memo::new(move |_| {
        state.data.with(|d| {
            (
                person_options(d.eligible_mentors()),
                person_options(d.unpaired_mentees()),
            )
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut new_id = None;
        let result = state.change(|d| {
            d.create_pair(
                &mentor.get_untracked(),
                &[mentee.get_untracked()],
                form.get_untracked(),
                &start.get_untracked(),
                &end.get_untracked(),
            )
            .map(|id| new_id = Some(id))
        });
        match result {
            Ok(()) => {
                error.set(None);
                if let Some(id) = new_id {
                    navigate(&Route::Pair(id));
                }
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <section class="card" aria-labelledby="new-pair-title">
            <h3 id="new-pair-title">"Сформировать пару вручную"</h3>
            <form class="grid-form" on:submit=submit>
                <div class="field">
                    <label for="new-pair-mentor">"Наставник"</label>
                    <select id="new-pair-mentor" on:change=move |ev| mentor.set(event_target_value(&ev))>
                        <option value="">"— выберите —"</option>
                        {move || options.get().0.into_iter().map(|(id, n)| view! { <option value=id>{n}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="new-pair-mentee">"Наставляемый (без пары)"</label>
                    <select id="new-pair-mentee" on:change=move |ev| mentee.set(event_target_value(&ev))>
                        <option value="">"— выберите —"</option>
                        {move || options.get().1.into_iter().map(|(id, n)| view! { <option value=id>{n}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="new-pair-form">"Форма наставничества"</label>
                    {form_select("new-pair-form".into(), || MentoringForm::Traditional, move |f| form.set(f))}
                </div>
                <div class="field">
                    <label for="new-pair-start">"Начало"</label>
                    <input id="new-pair-start" type="date" prop:value=move || start.get() on:input=move |ev| start.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="new-pair-end">"Плановое окончание"</label>
                    <input id="new-pair-end" type="date" prop:value=move || end.get() on:input=move |ev| end.set(event_target_value(&ev)) />
                </div>
                <div class="actions"><button type="submit" class="btn btn-primary">"Сформировать пару"</button></div>
            </form>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}

/// Mentees left without a mentor: psych-pedagogical support, and the search goes on.
#[component]
fn Unpaired() -> impl IntoView {
    let state = use_state();
    let rows = Memo::new(move |_| {
        state.data.with(|d| {
            d.unpaired_mentees()
                .iter()
                .map(|p| {
                    let entries = d
                        .support_of(&p.id)
                        .iter()
                        .map(|s| s.summary())
                        .collect::<Vec<_>>();
                    (p.id.clone(), p.full_name.clone(), entries)
                })
                .collect::<Vec<_>>()
        })
    });
    // The search goes on: the suggestion is re-run over the current banks whenever they
    // change (a new mentor joins, a pair ends), and says for how many unpaired mentees it now
    // finds a mentor above the threshold. Only then: `inputs` keeps its value (and so `found`
    // does not run) while other data changes, such as a task's note typed on this page.
    let inputs = Memo::new_owning(move |old| state.data.with(|d| d.refresh_suggest_inputs(old)));
    let found = Memo::new(move |_| {
        inputs.with(|i| clock::measured(SUGGEST_MARK, || i.suggest().pairs.len()))
    });
    let mentee = RwSignal::new(String::new());
    let date = RwSignal::new(clock::today_local_iso());
    let form = RwSignal::new(String::new());
    let who = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let entry = SupportEntry {
            mentee: mentee.get_untracked(),
            date: date.get_untracked(),
            form: form.get_untracked(),
            who: who.get_untracked(),
            note: note.get_untracked(),
            ..Default::default()
        };
        match state.change(|d| d.add_support(entry).map(|_| ())) {
            Ok(()) => {
                error.set(None);
                form.set(String::new());
                note.set(String::new());
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <section class="card" aria-labelledby="unpaired-title" data-testid="unpaired">
            <h3 id="unpaired-title">"Наставляемые без пары"</h3>
            <p class="hint">
                "Пока наставник не найден, педагогу оказывается психолого-педагогическая поддержка; поиск продолжается: "
                "когда в банке появляется новый наставник, запустите подбор на "
                <a href=Route::Stage(4).href()>"этапе 4"</a> "."
            </p>
            {move || {
                let rows = rows.get();
                let options: Vec<(String, String)> =
                    rows.iter().map(|(id, n, _)| (id.clone(), n.clone())).collect();
                if rows.is_empty() {
                    view! { <p class="empty">"Все включённые в банк наставляемые — в парах или группах."</p> }.into_any()
                } else {
                    let found = found.get();
                    view! {
                        <p role="status" data-testid="search-goes-on">{if found > 0 {
                            format!("Подбор по текущим банкам находит наставника для {found} из {}. Откройте этап 4, чтобы посмотреть и принять пары.", rows.len())
                        } else {
                            "Подбор по текущим банкам пока не находит подходящего наставника со свободными местами: поиск продолжается — пригласите новых кандидатов в наставники (этап 3) или снизьте порог на этапе 4.".to_string()
                        }}</p>
                        <ul class="unpaired-list">
                            {rows.into_iter().map(|(id, n, entries)| { let href = Route::Person(id.clone()).href(); view! {
                                <li data-mentee=id>
                                    <a href=href>{n}</a>
                                    {if entries.is_empty() {
                                        view! { " " <span class="flag">"сопровождение не отмечено"</span> }.into_any()
                                    } else {
                                        view! { <ul>{entries.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul> }.into_any()
                                    }}
                                </li>
                            }}).collect_view()}
                        </ul>
                        <form class="grid-form" on:submit=submit>
                            <div class="field">
                                <label for="support-mentee">"Наставляемый"</label>
                                <select id="support-mentee" on:change=move |ev| mentee.set(event_target_value(&ev))>
                                    <option value="">"— выберите —"</option>
                                    {rows_options(options)}
                                </select>
                            </div>
                            <div class="field">
                                <label for="support-date">"Дата"</label>
                                <input id="support-date" type="date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                            </div>
                            <div class="field">
                                <label for="support-form">"Форма поддержки"</label>
                                <input id="support-form" type="text" maxlength="200" placeholder="консультация педагога-психолога"
                                    prop:value=move || form.get() on:input=move |ev| form.set(event_target_value(&ev)) />
                            </div>
                            <div class="field">
                                <label for="support-who">"Кто оказал"</label>
                                <input id="support-who" type="text" maxlength="200" prop:value=move || who.get() on:input=move |ev| who.set(event_target_value(&ev)) />
                            </div>
                            <div class="field">
                                <label for="support-note">"Примечание"</label>
                                <input id="support-note" type="text" maxlength="500" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
                            </div>
                            <div class="actions"><button type="submit" class="btn">"Записать поддержку"</button></div>
                        </form>
                    }.into_any()
                }
            }}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}

fn rows_options(rows: Vec<(String, String)>) -> impl IntoView {
    rows.into_iter()
        .map(|(id, n)| view! { <option value=id>{n}</option> })
        .collect_view()
}

/// A pair's page: participants, dates, status, mentor replacement, the ПНП.
#[component]
pub fn PairPage(id: String) -> impl IntoView {
    let state = use_state();
    let exists = {
        let id = id.clone();
        Memo::new(move |_| state.data.with(|d| d.pair(&id).is_some()))
    };
    let pid = id.clone();
    move || {
        if !exists.get() {
            return view! {
                <h1 tabindex="-1">"Пара не найдена"</h1>
                <p>"Такой пары или группы нет: возможно, её удалили. " <a href=Route::Stage(5).href()>"К парам и группам"</a></p>
            }
            .into_any();
        }
        let id = pid.clone();
        let label = {
            let id = id.clone();
            move || {
                state
                    .data
                    .with(|d| d.pair(&id).map(|g| d.pair_label(g)).unwrap_or_default())
            }
        };
        view! {
            <p class="eyebrow"><a href=Route::Stage(5).href()>"Этап 5. Пары и группы"</a></p>
            <h1 tabindex="-1" data-testid="pair-title">{label}</h1>
            <PairDetails id=id.clone() />
            <Participants id=id.clone() />
            <ProgramEditor id=id.clone() />
            <DeletePair id=id.clone() />
        }
        .into_any()
    }
}

#[component]
fn PairDetails(id: String) -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    let get = {
        let id = id.clone();
        move |f: fn(&crate::domain::pairs::Pair) -> String| {
            let id = id.clone();
            move || state.data.with(|d| d.pair(&id).map(f).unwrap_or_default())
        }
    };
    let set = {
        let id = id.clone();
        move |f: Box<dyn FnOnce(&mut crate::domain::pairs::Pair)>| {
            error.set(
                state
                    .change(|d| {
                        d.update_pair(&id, |g| {
                            f(g);
                            Ok(())
                        })
                    })
                    .err(),
            );
        }
    };
    let (s1, s2, s3, s4, s5) = (set.clone(), set.clone(), set.clone(), set.clone(), set);
    let form = {
        let id = id.clone();
        state
            .data
            .with_untracked(|d| d.pair(&id).map(|g| g.form).unwrap_or_default())
    };
    let status = get(|g| g.status.key().to_string());
    let status2 = status.clone();
    let status3 = status.clone();
    view! {
        <section class="card" aria-labelledby="pair-details">
            <h2 id="pair-details">"Сведения"</h2>
            <div class="meta-grid">
                <div class="field">
                    <label for="pair-form">"Форма наставничества"</label>
                    {form_select("pair-form".into(), move || form, move |f| s1(Box::new(move |g| g.form = f)))}
                </div>
                <div class="field">
                    <label for="pair-start">"Начало"</label>
                    <input id="pair-start" type="date" prop:value=get(|g| g.start.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); s2(Box::new(move |g| g.start = v)) } />
                </div>
                <div class="field">
                    <label for="pair-end">"Плановое окончание"</label>
                    <input id="pair-end" type="date" prop:value=get(|g| g.end.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); s3(Box::new(move |g| g.end = v)) } />
                </div>
                <div class="field">
                    <label for="pair-status">"Статус"</label>
                    <select id="pair-status" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(st) = PairStatus::ALL.into_iter().find(|s| s.key() == v) {
                            s4(Box::new(move |g| g.status = st));
                        }
                        // A refused change (no reason to end early) leaves the data as it was:
                        // the select shows the status that is kept, not the one refused.
                        if let Some(target) = ev.target() {
                            let _ = js_sys::Reflect::set(&target, &"value".into(), &status3().into());
                        }
                    }>
                        {PairStatus::ALL.into_iter().map(|st| {
                            let status = status.clone();
                            view! { <option value=st.key() selected=move || status() == st.key()>{st.label()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="pair-reason">"Причина прекращения (если прекращена)"</label>
                    <input id="pair-reason" type="text" maxlength="500" prop:value=get(|g| g.reason.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); s5(Box::new(move |g| g.reason = v)) } />
                </div>
            </div>
            {move || (status2() == "terminated").then(|| view! { <p class="hint">"Прекращённая пара не входит в приказ о закреплении пар; наставляемый снова в списке «без пары»."</p> })}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}

#[component]
fn Participants(id: String) -> impl IntoView {
    let state = use_state();
    let view_data = {
        let id = id.clone();
        Memo::new(move |_| {
            state.data.with(|d| {
                d.pair(&id).map(|g| {
                    let mentees: Vec<(String, String)> =
                        g.mentees.iter().map(|m| (m.clone(), name(d, m))).collect();
                    let history: Vec<String> = g
                        .history
                        .iter()
                        .map(|h| {
                            format!(
                                "с {}: {} вместо {} — {}",
                                date_ru(&h.date),
                                name(d, &h.to),
                                name(d, &h.from),
                                h.reason
                            )
                        })
                        .collect();
                    let free = person_options(d.joinable_mentees(g));
                    let mentors = person_options(d.replacement_mentors(g));
                    (
                        g.mentor.clone(),
                        name(d, &g.mentor),
                        mentees,
                        history,
                        free,
                        mentors,
                    )
                })
            })
        })
    };
    let error = RwSignal::new(None::<String>);
    let add = RwSignal::new(String::new());
    let new_mentor = RwSignal::new(String::new());
    let date = RwSignal::new(clock::today_local_iso());
    let reason = RwSignal::new(String::new());
    let id2 = id.clone();
    let id3 = id.clone();
    view! {
        <section class="card" aria-labelledby="pair-people">
            <h2 id="pair-people">"Участники"</h2>
            {move || view_data.get().map(|(mentor_id, mentor, mentees, history, free, mentors)| {
                let id = id.clone();
                let id2 = id2.clone();
                let id3 = id3.clone();
                let single = mentees.len() == 1;
                view! {
                    <p>"Наставник: " <a href=Route::Person(mentor_id.clone()).href() data-testid="pair-mentor">{mentor}</a>
                        " · " <a href=Route::PersonDocument(DocKind::MentorAgreement, mentor_id).href()>"дополнительное соглашение"</a></p>
                    <h3>"Наставляемые"</h3>
                    <ul class="pair-mentees">
                        {mentees.into_iter().map(|(m, n)| {
                            let id = id.clone();
                            let m2 = m.clone();
                            let href = Route::Person(m.clone()).href();
                            view! {
                                <li data-mentee=m>
                                    <a href=href>{n.clone()}</a>
                                    {(!single).then(|| view! {
                                        " " <button type="button" class="btn btn-small" aria-label=format!("Исключить из группы: {n}")
                                            on:click=move |_| error.set(state.change(|d| d.remove_mentee(&id, &m2)).err())>"Исключить из группы"</button>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <form class="inline-form" on:submit=move |ev| {
                        ev.prevent_default();
                        error.set(state.change(|d| d.add_mentee(&id2, &add.get_untracked())).err());
                    }>
                        <label for="pair-add-mentee">"Добавить наставляемого (пара станет группой)"</label>
                        <select id="pair-add-mentee" on:change=move |ev| add.set(event_target_value(&ev))>
                            <option value="">"— выберите —"</option>
                            {rows_options(free)}
                        </select>
                        <button type="submit" class="btn">"Добавить"</button>
                    </form>
                    <h3>"Замена наставника"</h3>
                    {(!history.is_empty()).then(|| view! {
                        <ul class="history" data-testid="pair-history">{history.into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}</ul>
                    })}
                    <form class="grid-form" on:submit=move |ev| {
                        ev.prevent_default();
                        let r = state.change(|d| d.replace_mentor(&id3, &new_mentor.get_untracked(), &date.get_untracked(), &reason.get_untracked()));
                        if r.is_ok() { reason.set(String::new()); }
                        error.set(r.err());
                    }>
                        <div class="field">
                            <label for="pair-new-mentor">"Новый наставник"</label>
                            <select id="pair-new-mentor" on:change=move |ev| new_mentor.set(event_target_value(&ev))>
                                <option value="">"— выберите —"</option>
                                {rows_options(mentors)}
                            </select>
                        </div>
                        <div class="field">
                            <label for="pair-change-date">"С какой даты"</label>
                            <input id="pair-change-date" type="date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                        </div>
                        <div class="field">
                            <label for="pair-change-reason">"Причина замены"</label>
                            <input id="pair-change-reason" type="text" maxlength="500" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev)) />
                        </div>
                        <div class="actions"><button type="submit" class="btn">"Заменить наставника"</button></div>
                    </form>
                }
            })}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}

/// A change of the ПНП, applied through the pair's checks.
type ProgramEdit = Box<dyn FnOnce(&mut Program) -> Result<(), String>>;

/// The ПНП: goal, tasks, plan items with marks; progress and overdue items.
#[component]
fn ProgramEditor(id: String) -> impl IntoView {
    let state = use_state();
    let today = clock::today_local_iso();
    let error = RwSignal::new(None::<String>);
    let shape = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .data
                .with(|d| d.pair(&id).map(|g| g.program.shape()).unwrap_or_default())
        })
    };
    let summary = {
        let id = id.clone();
        let today = today.clone();
        Memo::new(move |_| {
            state
                .data
                .with(|d| d.pair(&id).map(|g| g.program.summary(&today)))
        })
    };
    let edit = {
        let id = id.clone();
        move |f: ProgramEdit| error.set(state.change(|d| d.update_program(&id, f)).err())
    };
    let goal = {
        let id = id.clone();
        move || {
            state.data.with(|d| {
                d.pair(&id)
                    .map(|g| g.program.goal.clone())
                    .unwrap_or_default()
            })
        }
    };
    let e1 = edit.clone();
    let e2 = edit.clone();
    let doc = Route::PersonDocument(DocKind::Program, id.clone()).href();
    view! {
        <section class="card" aria-labelledby="pair-program">
            <h2 id="pair-program">"Персонализированная программа наставничества"</h2>
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
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
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
    let title = {
        let id = id.clone();
        move || {
            state.data.with(|d| {
                d.pair(&id)
                    .and_then(|g| g.program.tasks.get(ti).map(|t| t.title.clone()))
                    .unwrap_or_default()
            })
        }
    };
    let (e1, e2, e3) = (edit.clone(), edit.clone(), edit.clone());
    let remove =
        Callback::new(move |ti: usize| edit(Box::new(move |p| p.remove_task(ti).map(|_| ()))));
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
                <RemoveTask ti edit=remove />
            </div>
        </fieldset>
    }
}

#[component]
fn RemoveTask(ti: usize, edit: Callback<usize>) -> impl IntoView {
    let confirm = RwSignal::new(false);
    move || {
        if confirm.get() {
            view! {
                <span class="confirm">
                    "Удалить задачу со всеми мероприятиями? "
                    <button type="button" class="btn btn-small btn-danger" on:click=move |_| { confirm.set(false); edit.run(ti) }>"Удалить задачу"</button>
                    <button type="button" class="btn btn-small" on:click=move |_| confirm.set(false)>"Отмена"</button>
                </span>
            }
            .into_any()
        } else {
            view! { <button type="button" class="btn btn-small btn-danger" on:click=move |_| confirm.set(true)>"Удалить задачу…"</button> }.into_any()
        }
    }
}

#[component]
fn DeletePair(id: String) -> impl IntoView {
    let state = use_state();
    let confirm = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    view! {
        <section class="card danger-zone" aria-labelledby="pair-delete">
            <h2 id="pair-delete">"Удалить пару (группу)"</h2>
            <p class="hint">"Если пара работала и закончилась, лучше отметить статус «завершена» или «прекращена»: история и ПНП сохранятся."</p>
            {move || if confirm.get() {
                let id = id.clone();
                view! {
                    <div class="confirm" role="group" aria-label="Подтверждение удаления пары">
                        <p>"Пара, её ПНП с отметками и история замен будут удалены."</p>
                        <button type="button" class="btn btn-danger" on:click=move |_| {
                            match state.change(|d| d.delete_pair(&id).map(|_| ())) {
                                Ok(()) => navigate(&Route::Stage(5)),
                                Err(e) => error.set(Some(e)),
                            }
                        }>"Удалить"</button>
                        <button type="button" class="btn" on:click=move |_| confirm.set(false)>"Отмена"</button>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" class="btn btn-danger" on:click=move |_| confirm.set(true)>"Удалить пару…"</button> }.into_any()
            }}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}
