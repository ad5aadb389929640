//! Stage 4 «Отбор и обучение наставников»: the suggestion of pairs with its explanations,
//! pins and forbidden pairs, accepting it as pairs; a manual check of one pair; the mentors'
//! trainings with attendance. The rules are in `domain::selection` and `domain::matching`.

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::format::{count, date_ru};
use crate::domain::matching::{
    Score, Suggestion, CAPACITY_MAX, EXPERIENCE_MAX, FORMS_MAX, MAX_SCORE, NEEDS_MAX, SUBJECT_SAME,
};
use crate::domain::pairs::{Training, TrainingKind};
use crate::storage::clock;

use super::router::Route;
use super::state::use_state;

/// Rows of the suggestion shown at once (more on request), as in the register.
const PAGE: usize = 100;

/// The last suggestion and how long it took, in milliseconds.
#[derive(Clone)]
struct Outcome {
    s: Suggestion,
    ms: f64,
}

fn now_ms() -> f64 {
    window()
        .performance()
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

/// «12» or «0,4» (integer arithmetic: float formatting would add several KB to the wasm).
fn ms_text(ms: f64) -> String {
    let tenths = (ms.max(0.0) * 10.0).round() as u64;
    if tenths >= 100 {
        ((tenths + 5) / 10).to_string()
    } else {
        format!("{},{}", tenths / 10, tenths % 10)
    }
}

fn name(d: &SchoolData, id: &str) -> String {
    d.person(id)
        .map(|p| p.full_name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// The explanation of a score: the points of each part and the sentences.
fn why(s: &Score) -> impl IntoView {
    let parts = format!(
        "Запросы {} из {NEEDS_MAX}, предмет {} из {SUBJECT_SAME}, опыт {} из {EXPERIENCE_MAX}, \
         форма {} из {FORMS_MAX}, свободные места {} из {CAPACITY_MAX}.",
        s.needs, s.subject, s.experience, s.forms, s.capacity
    );
    view! {
        <p class="hint">{parts}</p>
        <ul class="why-list">{s.explanation.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
    }
}

/// The three tools of stage 4, under its checklist.
#[component]
pub fn StageSelection() -> impl IntoView {
    view! {
        <Matching />
        <ManualCheck />
        <Trainings />
    }
}

#[component]
fn Matching() -> impl IntoView {
    let state = use_state();
    let result = RwSignal::new(None::<Outcome>);
    let error = RwSignal::new(None::<String>);
    let limit = RwSignal::new(PAGE);
    let run = move || {
        let t0 = now_ms();
        let s = state.data.with_untracked(SchoolData::suggestion);
        let ms = now_ms() - t0;
        limit.set(PAGE);
        result.set(Some(Outcome { s, ms }));
    };
    // A change of the settings, then a new suggestion with it.
    let rerun = move |f: &dyn Fn(&mut SchoolData)| {
        error.set(
            state
                .change(|d| {
                    f(d);
                    Ok(())
                })
                .err(),
        );
        run();
    };
    let accept = move |_| {
        let pairs: Vec<(String, String)> = result.with_untracked(|r| {
            r.iter()
                .flat_map(|o| &o.s.pairs)
                .map(|p| (p.mentor.clone(), p.mentee.clone()))
                .collect()
        });
        let today = clock::today_local_iso();
        let mut formed = 0;
        match state.change(|d| d.accept_suggestion(&pairs, &today).map(|n| formed = n)) {
            Ok(()) => {
                error.set(None);
                result.set(None);
                state.notice.set(Some((
                    Route::Stage(4),
                    format!(
                        "Сформировано пар: {formed}. Программы (ПНП) и сроки пар — на этапе 5."
                    ),
                )));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let confirmed = move || {
        state
            .data
            .with(|d| d.pairs.iter().filter(|g| g.active()).count())
    };
    let summary = move || {
        result.with(|r| {
            r.as_ref().map(|o| {
                let pinned = o.s.pairs.iter().filter(|p| p.pinned).count();
                format!(
                    "Предложено пар: {} (закреплено: {pinned}), сумма оценок: {}. Без наставника: {}.",
                    o.s.pairs.len(),
                    o.s.total,
                    o.s.unmatched.len()
                )
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="matching-title" data-testid="matching">
            <h2 id="matching-title">"Подбор наставников"</h2>
            <p class="hint">
                {format!("Оценка пары — от 0 до {MAX_SCORE}: запросы наставляемого, которые закрывают сильные стороны наставника (до {NEEDS_MAX}), \
                 предмет (до {SUBJECT_SAME}), разница в стаже (до {EXPERIENCE_MAX}), общая форма наставничества (до {FORMS_MAX}), свободные места наставника (до {CAPACITY_MAX}). \
                 Подбор ищет распределение с наибольшей суммой оценок, не превышая число мест наставников. \
                 В подборе участвуют педагоги, включённые в банки, с анкетами и согласиями.")}
            </p>
            <p data-testid="confirmed-pairs">
                {move || format!("Утверждено пар: {}. Подбор их не меняет: их наставляемые не подбираются заново, а занятые места наставников учитываются. ", confirmed())}
                <a href=Route::Stage(5).href()>"Пары и программы — этап 5"</a>
            </p>
            <div class="inline-form">
                <label for="match-threshold">"Порог оценки (0–100)"</label>
                <input id="match-threshold" type="number" min="0" max="100" step="1" inputmode="numeric"
                    aria-describedby="match-threshold-hint"
                    prop:value=move || state.data.with(|d| d.matching.threshold.to_string())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        error.set(state.change(|d| d.set_threshold(&v)).err());
                    } />
                <button type="button" class="btn btn-primary" data-testid="run-matching" on:click=move |_| run()>
                    "Подобрать наставников"
                </button>
            </div>
            <p class="hint" id="match-threshold-hint">"Пары с оценкой ниже порога не предлагаются (кроме закреплённых)."</p>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <p role="status" data-testid="match-summary">{summary}</p>
            {move || result.get().map(|o| {
                let shown = limit.get().min(o.s.pairs.len());
                let more = o.s.pairs.len() > shown;
                state.data.with_untracked(|d| view! {
                    <p class="muted" data-testid="match-time">"Подбор занял " {ms_text(o.ms)} " мс"</p>
                    {if o.s.pairs.is_empty() {
                        view! { <p class="empty">"Подходящих пар нет: понизьте порог или проверьте анкеты и согласия."</p> }.into_any()
                    } else {
                        view! {
                            <h3>"Предложенные пары"</h3>
                            <div class="table-wrap" role="region" tabindex="0" aria-label="Предложенные пары">
                                <table class="registry matches" data-testid="suggested">
                                    <thead>
                                        <tr>
                                            <th scope="col">"Наставник"</th>
                                            <th scope="col">"Наставляемый"</th>
                                            <th scope="col">"Оценка"</th>
                                            <th scope="col">"Почему"</th>
                                            <th scope="col">"Действия"</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {o.s.pairs[..shown].iter().map(|p| {
                                            let (m, e) = (p.mentor.clone(), p.mentee.clone());
                                            let (m2, e2) = (m.clone(), e.clone());
                                            let pair_name = format!("{} — {}", name(d, &m), name(d, &e));
                                            view! {
                                                <tr data-mentor=p.mentor.clone() data-mentee=p.mentee.clone() data-score=p.score.to_string()
                                                    data-pinned=p.pinned.to_string() class:pinned=p.pinned>
                                                    <th scope="row">{name(d, &p.mentor)}</th>
                                                    <td>{name(d, &p.mentee)}</td>
                                                    <td class="score">{p.score}{p.pinned.then(|| view! { " " <span class="badge">"закреплена"</span> })}</td>
                                                    <td>
                                                        <details class="why">
                                                            <summary>"Почему"</summary>
                                                            {match d.check_pair(&p.mentor, &p.mentee) {
                                                                Ok(s) => why(&s).into_any(),
                                                                Err(r) => view! { <p>{r.join("; ")}</p> }.into_any(),
                                                            }}
                                                        </details>
                                                    </td>
                                                    <td><div class="row-actions">
                                                        <button type="button" class="btn btn-small" aria-pressed=p.pinned.to_string()
                                                            on:click=move |_| rerun(&|d| d.toggle_pin(&m, &e))>
                                                            "Закрепить"<span class="visually-hidden">{format!(" пару {pair_name}")}</span>
                                                        </button>
                                                        <button type="button" class="btn btn-small btn-danger"
                                                            on:click=move |_| rerun(&|d| d.forbid_pair(&m2, &e2))>
                                                            "Исключить пару"<span class="visually-hidden">{format!(" {pair_name}")}</span>
                                                        </button>
                                                    </div></td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            {more.then(|| view! {
                                <div class="actions">
                                    <button type="button" class="btn" on:click=move |_| limit.update(|l| *l += PAGE)>
                                        {format!("Показать ещё {PAGE}")}
                                    </button>
                                    <button type="button" class="btn" on:click=move |_| limit.set(usize::MAX)>"Показать все"</button>
                                </div>
                            })}
                            <div class="actions">
                                <button type="button" class="btn btn-primary" data-testid="accept-matching" on:click=accept>
                                    "Принять предложение"
                                </button>
                                <span class="hint">"Для каждого наставляемого будет сформирована пара: форма — первая из предпочтительных форм наставляемого, которые использует школа (иначе традиционная), начало — сегодня."</span>
                            </div>
                        }.into_any()
                    }}
                    {(!o.s.unmatched.is_empty()).then(|| view! {
                        <h3>"Без наставника"</h3>
                        <ul data-testid="unmatched">
                            {o.s.unmatched.iter().map(|(id, why)| view! {
                                <li data-mentee=id.clone()>{name(d, id)} " — " {why.text()}</li>
                            }).collect_view()}
                        </ul>
                        <p class="hint">"Наставляемым без наставника нужно психолого-педагогическое сопровождение (этап 5)."</p>
                    })}
                    {(!o.s.rejected_pins.is_empty()).then(|| view! {
                        <h3>"Закрепления, которые нельзя выполнить"</h3>
                        <ul data-testid="rejected-pins">
                            {o.s.rejected_pins.iter().map(|r| {
                                let (m, e) = (r.mentor.clone(), r.mentee.clone());
                                view! {
                                    <li>
                                        {name(d, &r.mentor)} " — " {name(d, &r.mentee)} ": " {r.reasons.join("; ")} " "
                                        <button type="button" class="btn btn-small" on:click=move |_| rerun(&|d| d.toggle_pin(&m, &e))>"Снять закрепление"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })}
                })
            })}
            <ForbiddenPairs error on_change=Callback::new(move |_| if result.with_untracked(Option::is_some) { run() }) />
        </section>
    }
}

/// The pairs the coordinator excluded, each with «Вернуть в подбор».
#[component]
fn ForbiddenPairs(error: RwSignal<Option<String>>, on_change: Callback<()>) -> impl IntoView {
    let state = use_state();
    move || {
        state.data.with(|d| {
            (!d.matching.forbidden.is_empty()).then(|| {
                view! {
                    <h3>"Исключённые пары"</h3>
                    <ul data-testid="forbidden">
                        {d.matching.forbidden.iter().map(|(m, e)| {
                            let (m2, e2) = (m.clone(), e.clone());
                            view! {
                                <li data-mentor=m.clone() data-mentee=e.clone()>
                                    {name(d, m)} " — " {name(d, e)} " "
                                    <button type="button" class="btn btn-small" on:click=move |_| {
                                        error.set(state.change(|d| { d.allow_pair(&m2, &e2); Ok(()) }).err());
                                        on_change.run(());
                                    }>"Вернуть в подбор"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
            })
        })
    }
}

#[component]
fn ManualCheck() -> impl IntoView {
    let state = use_state();
    let mentor = RwSignal::new(String::new());
    let mentee = RwSignal::new(String::new());
    let options = |mentors: bool| {
        state.data.with_untracked(|d| {
            d.with_role(mentors)
                .into_iter()
                .map(|p| view! { <option value=p.id.clone()>{p.full_name.clone()}</option> })
                .collect_view()
        })
    };
    let result = move || {
        let (m, e) = (mentor.get(), mentee.get());
        if m.is_empty() || e.is_empty() {
            return view! { <p class="muted">"Выберите наставника и наставляемого."</p> }
                .into_any();
        }
        match state.data.with(|d| d.check_pair(&m, &e)) {
            Ok(s) => view! {
                <p><strong>{format!("Оценка: {} из {MAX_SCORE}", s.total)}</strong></p>
                {why(&s)}
            }
            .into_any(),
            Err(reasons) => view! {
                <p><strong>"Пару сформировать нельзя:"</strong></p>
                <ul>{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            }
            .into_any(),
        }
    };
    view! {
        <section class="card" aria-labelledby="check-title" data-testid="manual-check">
            <h2 id="check-title">"Проверить пару вручную"</h2>
            <div class="toolbar">
                <div class="field">
                    <label for="check-mentor">"Наставник"</label>
                    <select id="check-mentor" on:change=move |ev| mentor.set(event_target_value(&ev))>
                        <option value="">"— выберите —"</option>
                        {options(true)}
                    </select>
                </div>
                <div class="field">
                    <label for="check-mentee">"Наставляемый"</label>
                    <select id="check-mentee" on:change=move |ev| mentee.set(event_target_value(&ev))>
                        <option value="">"— выберите —"</option>
                        {options(false)}
                    </select>
                </div>
            </div>
            <div role="status" data-testid="check-result">{result}</div>
        </section>
    }
}

#[component]
fn Trainings() -> impl IntoView {
    let state = use_state();
    // A memo, so that the list is rebuilt only when events are added or removed (not on every
    // attendance mark, which would drop the focus).
    let ids = Memo::new(move |_| {
        state
            .data
            .with(|d| d.trainings.iter().map(|t| t.id.clone()).collect::<Vec<_>>())
    });
    let kind = RwSignal::new(TrainingKind::Session.key().to_string());
    let date = RwSignal::new(clock::today_local_iso());
    let topic = RwSignal::new(String::new());
    let materials = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = Training {
            kind: TrainingKind::from_key(&kind.get_untracked()).unwrap_or_default(),
            date: date.get_untracked(),
            topic: topic.get_untracked().trim().to_string(),
            materials: materials.get_untracked(),
            ..Default::default()
        };
        match state.change(|d| d.add_training(t).map(|_| ())) {
            Ok(()) => {
                topic.set(String::new());
                materials.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <section class="card" aria-labelledby="trainings-title" data-testid="trainings">
            <h2 id="trainings-title">"Обучение наставников"</h2>
            <p class="hint">
                "Установочные сессии, семинары, консультации и обмен опытом для наставников, с методическими материалами. "
                "Посещение отмечается по наставникам, включённым в банк; число посещённых мероприятий видно в банке наставников (этап 3)."
            </p>
            {move || ids.with(Vec::is_empty).then(|| view! { <p class="empty">"Мероприятий обучения пока нет."</p> })}
            <ol class="trainings">
                {move || ids.get().into_iter().map(|id| view! { <TrainingItem id=id /> }).collect_view()}
            </ol>
            <form class="training-form" on:submit=add>
                <h3>"Новое мероприятие"</h3>
                <div class="meta-grid">
                    <div class="field">
                        <label for="training-kind">"Вид"</label>
                        <select id="training-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                            {TrainingKind::ALL.into_iter().map(|k| view! { <option value=k.key()>{k.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="training-date">"Дата"</label>
                        <input id="training-date" type="date" prop:value=move || date.get()
                            on:change=move |ev| date.set(event_target_value(&ev)) />
                    </div>
                </div>
                <div class="field">
                    <label for="training-topic">"Тема"</label>
                    <input id="training-topic" type="text" maxlength="500" prop:value=move || topic.get()
                        on:input=move |ev| topic.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="training-materials">"Методические материалы (по одному на строку: название или ссылка)"</label>
                    <textarea id="training-materials" rows="3" maxlength="5000" prop:value=move || materials.get()
                        on:input=move |ev| materials.set(event_target_value(&ev))></textarea>
                </div>
                <button type="submit" class="btn">"Добавить мероприятие"</button>
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            </form>
        </section>
    }
}

#[component]
fn TrainingItem(id: String) -> impl IntoView {
    let state = use_state();
    let Some(t) = state.data.with_untracked(|d| d.training(&id).cloned()) else {
        return ().into_any();
    };
    let confirm = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let mentors: Vec<(String, String)> = state.data.with_untracked(|d| {
        d.bank_mentors()
            .map(|p| (p.id.clone(), p.full_name.clone()))
            .collect()
    });
    let total = mentors.len();
    let attended = {
        let id = id.clone();
        move || {
            state
                .data
                .with(|d| d.training(&id).map_or(0, |t| t.attended.len()))
        }
    };
    let del_id = id.clone();
    view! {
        <li class="training" data-training=id.clone()>
            <h3>{date_ru(&t.date)} " — " {t.kind.label()} ": " {t.topic.clone()}</h3>
            {(!t.materials.trim().is_empty()).then(|| view! {
                <div class="materials">
                    <p class="label">"Материалы:"</p>
                    <ul>{t.material_lines().into_iter().map(|l| view! { <li>{l.to_string()}</li> }).collect_view()}</ul>
                </div>
            })}
            <fieldset class="attendance">
                <legend>"Посещение: " {move || format!("{} из {}", attended(), count(total as u64, ["наставника", "наставников", "наставников"]))}</legend>
                {(total == 0).then(|| view! { <p class="empty">"В банке наставников нет включённых педагогов."</p> })}
                {mentors.into_iter().map(|(pid, full_name)| {
                    let input_id = format!("att-{id}-{pid}");
                    let (tid, tid2, pid2) = (id.clone(), id.clone(), pid.clone());
                    view! {
                        <div class="check">
                            <input type="checkbox" id=input_id.clone()
                                prop:checked=move || state.data.with(|d| d.training(&tid).is_some_and(|t| t.attended.contains(&pid)))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    error.set(state.change(|d| d.update_training(&tid2, |t| t.set_attended(&pid2, on))).err());
                                } />
                            <label for=input_id>{full_name}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || if confirm.get() {
                let del_id = del_id.clone();
                view! {
                    <div class="confirm" role="group" aria-label="Подтверждение удаления мероприятия">
                        <p>"Мероприятие и отметки о посещении будут удалены."</p>
                        <button type="button" class="btn btn-danger btn-small" on:click=move |_| {
                            error.set(state.change(|d| d.delete_training(&del_id).map(|_| ())).err());
                        }>"Удалить"</button>
                        <button type="button" class="btn btn-small" on:click=move |_| confirm.set(false)>"Отмена"</button>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" class="btn btn-danger btn-small" on:click=move |_| confirm.set(true)>"Удалить мероприятие…"</button> }.into_any()
            }}
        </li>
    }
    .into_any()
}
