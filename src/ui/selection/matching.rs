//! The suggestion of pairs: threshold, run, pins and forbidden pairs, accepting it.

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::matching::{
    Suggestion, CAPACITY_MAX, EXPERIENCE_MAX, FORMS_MAX, MAX_SCORE, NEEDS_MAX, SUBJECT_SAME,
};
use crate::storage::clock;

use super::super::router::Route;
use super::super::state::{use_edit, use_state};
use super::super::widgets::{Card, ColumnHeads, ErrorText, ShowMore};
use super::{name, why};

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

#[component]
pub fn Matching() -> impl IntoView {
    let (state, error) = use_edit();
    let result = RwSignal::new(None::<Outcome>);
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
        <Card id="matching-title" title="Подбор наставников" h2=true testid="matching">
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
            <ErrorText message=error />
            <p role="status" data-testid="match-summary">{summary}</p>
            {move || result.get().map(|o| {
                let shown = limit.get();
                view! { <Suggested o shown limit rerun accept /> }
            })}
            <ForbiddenPairs error on_change=Callback::new(move |_| if result.with_untracked(Option::is_some) { run() }) />
        </Card>
    }
}

/// The suggestion: the pairs with their explanations and pins, the mentees left without a
/// mentor, the pins that cannot hold.
#[component]
fn Suggested(
    o: Outcome,
    /// Rows shown (more on request).
    shown: usize,
    limit: RwSignal<usize>,
    rerun: impl Fn(&dyn Fn(&mut SchoolData)) + Copy + 'static,
    accept: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> impl IntoView {
    let state = use_state();
    let shown = shown.min(o.s.pairs.len());
    state.data.with_untracked(|d| view! {
            <p class="muted" data-testid="match-time">"Подбор занял " {ms_text(o.ms)} " мс"</p>
            {if o.s.pairs.is_empty() {
                view! { <p class="empty">"Подходящих пар нет: понизьте порог или проверьте анкеты и согласия."</p> }.into_any()
            } else {
                view! {
                    <h3>"Предложенные пары"</h3>
                    <div class="table-wrap" role="region" tabindex="0" aria-label="Предложенные пары">
                        <table class="registry matches" data-testid="suggested">
                            <ColumnHeads names=&["Наставник", "Наставляемый", "Оценка", "Почему", "Действия"] />
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
                    <ShowMore limit total=o.s.pairs.len() page=PAGE show_all=true />
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
