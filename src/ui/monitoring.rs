//! Stage 6 «Завершение программ»: monitoring rounds, answers typed in per participant of a
//! pair or imported from an online form's CSV, the mentees' self-assessment «до» and
//! «после», the questionnaires' questions, the results (indicators, charts, tables), and the
//! final event. The library is `ui::library`.

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::documents::html;
use crate::domain::documents::model::Document;
use crate::domain::documents::registry::DocKind;
use crate::domain::format::date_ru;
use crate::domain::import::{AnswerImport, Target};
use crate::domain::monitoring::{Audience, Monitoring, RoundKind};
use crate::domain::participants::Participant;
use crate::domain::results::result_blocks;
use crate::storage::{clock, files};

use super::file_import::FileImport;
use super::router::Route;
use super::state::use_state;

/// The work area of stage 6.
#[component]
pub fn StageMonitoring() -> impl IntoView {
    view! {
        <h2 id="monitoring-title">"Мониторинг и итоги года"</h2>
        <p class="hint">
            "Раунды анкетирования, ответы участников пар, самооценка наставляемых «до» и «после», "
            "результаты и итоговое мероприятие. По ним составляется "
            <a href=Route::Document(DocKind::FinalReport).href()>"отчёт о реализации системы наставничества"</a> "."
        </p>
        <Rounds />
        <Answers />
        <SelfAssessment />
        <ImportAnswers />
        <Questions />
        <Results />
        <FinalEventCard />
        <super::library::Library />
    }
}

fn error_view(error: RwSignal<Option<String>>) -> impl IntoView {
    move || {
        error
            .get()
            .map(|e| view! { <p class="error" role="alert">{e}</p> })
    }
}

fn round_options(d: &SchoolData) -> Vec<(String, String)> {
    d.monitoring
        .rounds
        .iter()
        .map(|r| (r.id.clone(), r.label()))
        .collect()
}

fn options(list: Vec<(String, String)>, current: String) -> impl IntoView {
    list.into_iter()
        .map(|(id, label)| {
            let selected = id == current;
            view! { <option value=id selected=selected>{label}</option> }
        })
        .collect_view()
}

#[component]
fn Rounds() -> impl IntoView {
    let state = use_state();
    let kind = RwSignal::new(RoundKind::Final.key().to_string());
    let date = RwSignal::new(clock::today_local_iso());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let k = RoundKind::from_key(&kind.get_untracked()).unwrap_or_default();
        error.set(
            state
                .change(|d| d.monitoring.add_round(k, &date.get_untracked()).map(|_| ()))
                .err(),
        );
    };
    let rounds = move || {
        state.data.with(|d| {
            d.monitoring
                .rounds
                .iter()
                .map(|r| (r.id.clone(), r.label(), d.monitoring.responses_in(&r.id)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="rounds-title">
            <h3 id="rounds-title">"Раунды мониторинга"</h3>
            <p class="hint">"Промежуточный раунд — в середине года, итоговый — перед итоговым мероприятием; показатели берутся из последнего итогового."</p>
            <ul class="rounds" data-testid="rounds">
                {move || {
                    let list = rounds();
                    if list.is_empty() {
                        view! { <li class="empty">"Раундов пока нет: добавьте итоговый раунд."</li> }.into_any()
                    } else {
                        list.into_iter().map(|(id, label, n)| { let key = id.clone(); view! {
                            <li data-round=key>{label} " — анкет: " {n} " "
                                <RemoveRound id error />
                            </li>
                        }}).collect_view().into_any()
                    }
                }}
            </ul>
            <form class="grid-form" on:submit=add>
                <div class="field">
                    <label for="round-kind">"Раунд"</label>
                    <select id="round-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                        {RoundKind::ALL.into_iter().map(|k| view! {
                            <option value=k.key() selected=k == RoundKind::Final>{k.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="round-date">"Дата"</label>
                    <input id="round-date" type="date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                </div>
                <div class="actions"><button type="submit" class="btn">"Добавить раунд"</button></div>
            </form>
            {error_view(error)}
        </section>
    }
}

#[component]
fn RemoveRound(id: String, error: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let confirm = RwSignal::new(false);
    move || {
        let id = id.clone();
        if confirm.get() {
            view! {
                <span class="confirm">"Удалить раунд вместе с его ответами? "
                    <button type="button" class="btn btn-small btn-danger" on:click=move |_| {
                        error.set(state.change(|d| d.monitoring.remove_round(&id)).err());
                    }>"Удалить"</button>
                    <button type="button" class="btn btn-small" on:click=move |_| confirm.set(false)>"Отмена"</button>
                </span>
            }
            .into_any()
        } else {
            view! { <button type="button" class="btn btn-small" on:click=move |_| confirm.set(true)>"Удалить…"</button> }.into_any()
        }
    }
}

/// A mark 1..=`scale` or none. `current` keeps the select in step with the data; the first
/// render marks the option too (a select's value set before its options would be lost).
fn mark_select(
    id: String,
    scale: u8,
    current: impl Fn() -> String + Send + Sync + 'static,
    on: impl Fn(Option<u8>) + 'static,
) -> impl IntoView {
    let initial = untrack(&current);
    view! {
        <select id=id prop:value=current on:change=move |ev| on(event_target_value(&ev).parse().ok())>
            <option value="">"—"</option>
            {(1..=scale).map(|v| {
                let v = v.to_string();
                let selected = v == initial;
                let text = v.clone();
                view! { <option value=v selected=selected>{text}</option> }
            }).collect_view()}
        </select>
    }
}

/// Answers typed in: a round, a participant, a mark per question.
#[component]
fn Answers() -> impl IntoView {
    let state = use_state();
    let round = RwSignal::new(String::new());
    let who = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // The selects' lists, and the questions of the chosen questionnaire: rebuilt only when they
    // change, so that a mark does not rebuild the form.
    let lists = Memo::new(move |_| {
        state.data.with(|d| {
            let people = d
                .monitoring_participants()
                .into_iter()
                .map(|(p, label)| (p.key(), label))
                .collect::<Vec<_>>();
            (round_options(d), people)
        })
    });
    let questions = Memo::new(move |_| {
        let a = Participant::parse(&who.get()).map(|p| p.audience);
        state.data.with(|d| {
            a.map(|a| {
                d.monitoring
                    .questions(a)
                    .iter()
                    .map(|q| (q.id.clone(), q.text.clone(), q.scale))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    });
    Effect::new(move |_| {
        // Default to the last round.
        if round.get_untracked().is_empty() {
            if let Some((id, _)) = lists.with(|l| l.0.last().cloned()) {
                round.set(id);
            }
        }
    });
    let answered = move || {
        let r = round.get();
        state.data.with(|d| {
            let all = Monitoring::participants(&d.pairs);
            let done = d.monitoring.answered(&r, &all);
            format!("Ответили в этом раунде: {done} из {}", all.len())
        })
    };
    view! {
        <section class="card" aria-labelledby="answers-title">
            <h3 id="answers-title">"Ввод ответов"</h3>
            <p class="hint">"Выберите раунд и участника пары; каждая оценка сохраняется сразу. Ответы онлайн-формы можно загрузить ниже из CSV."</p>
            <div class="grid-form">
                <div class="field">
                    <label for="answers-round">"Раунд"</label>
                    <select id="answers-round" on:change=move |ev| round.set(event_target_value(&ev))>
                        <option value="">"— выберите —"</option>
                        {move || options(lists.get().0, round.get_untracked())}
                    </select>
                </div>
                <div class="field">
                    <label for="answers-who">"Участник"</label>
                    <select id="answers-who" on:change=move |ev| who.set(event_target_value(&ev))>
                        <option value="">"— выберите —"</option>
                        {move || options(lists.get().1, who.get_untracked())}
                    </select>
                </div>
            </div>
            <p role="status" data-testid="answers-status">{answered}</p>
            {move || {
                let qs = questions.get();
                (!qs.is_empty() && !round.get().is_empty()).then(|| view! {
                    <table class="registry answers" data-testid="answers">
                        <thead><tr><th scope="col">"Вопрос"</th><th scope="col">"Оценка"</th></tr></thead>
                        <tbody>
                            {qs.into_iter().map(|(qid, text, scale)| {
                                let fid = format!("answer-{qid}");
                                let q2 = qid.clone();
                                let current = move || {
                                    let Some(p) = Participant::parse(&who.get()) else { return String::new() };
                                    let r = round.get();
                                    state.data.with(|d| d.monitoring.mark_of(&r, &p, &q2)
                                        .map(|v| v.to_string())
                                        .unwrap_or_default())
                                };
                                let set = move |v: Option<u8>| {
                                    let Some(p) = Participant::parse(&who.get_untracked()) else { return };
                                    let r = round.get_untracked();
                                    error.set(state.change(|d| d.monitoring.set_mark(&r, &p, &qid, v)).err());
                                };
                                view! {
                                    <tr>
                                        <th scope="row"><label for=fid.clone()>{text} " (1–" {scale} ")"</label></th>
                                        <td>{mark_select(fid, scale, current, set)}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                })
            }}
            {error_view(error)}
        </section>
    }
}

/// The mentees' self-assessment of the need areas «до» and «после».
#[component]
fn SelfAssessment() -> impl IntoView {
    let state = use_state();
    let mentee = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let lists = Memo::new(move |_| {
        state.data.with(|d| {
            let mentees = Monitoring::assessed_mentees(&d.pairs)
                .into_iter()
                .map(|m| {
                    let name = d
                        .person(&m)
                        .map(|p| p.full_name.clone())
                        .unwrap_or_default();
                    (m, name)
                })
                .collect::<Vec<_>>();
            let areas = d
                .taxonomy
                .iter()
                .map(|a| (a.id.clone(), a.title.clone()))
                .collect::<Vec<_>>();
            (mentees, areas)
        })
    });
    view! {
        <section class="card" aria-labelledby="self-title">
            <h3 id="self-title">"Самооценка наставляемых «до» и «после»"</h3>
            <p class="hint">"Наставляемый оценивает свою компетентность в каждой области от 1 (низкая) до 5 (высокая): в начале программы и в конце. Рост — ключевой результат наставничества."</p>
            <div class="field">
                <label for="self-mentee">"Наставляемый"</label>
                <select id="self-mentee" on:change=move |ev| mentee.set(event_target_value(&ev))>
                    <option value="">"— выберите —"</option>
                    {move || options(lists.get().0, mentee.get_untracked())}
                </select>
            </div>
            {move || (!mentee.get().is_empty()).then(|| view! {
                <table class="registry self-assessment" data-testid="self-assessment">
                    <thead><tr><th scope="col">"Область"</th><th scope="col">"До"</th><th scope="col">"После"</th></tr></thead>
                    <tbody>
                        {lists.get().1.into_iter().enumerate().map(|(i, (area, title))| {
                            let name = title.clone();
                            let cell = move |after: bool| {
                                let area = area.clone();
                                let a2 = area.clone();
                                let fid = format!("self-{i}-{}", if after { "after" } else { "before" });
                                let current = move || {
                                    let p = mentee.get();
                                    state.data.with(|d| d.monitoring.self_assessment_of(&p)
                                        .and_then(|s| if after { s.after.get(&area) } else { s.before.get(&area) }.map(|v| v.to_string()))
                                        .unwrap_or_default())
                                };
                                let set = move |v: Option<u8>| {
                                    let p = mentee.get_untracked();
                                    error.set(state.change(|d| d.monitoring.set_self_mark(&p, &a2, after, v)).err());
                                };
                                view! {
                                    <td>
                                        <label class="visually-hidden" for=fid.clone()>{format!("{title}: {}", if after { "после" } else { "до" })}</label>
                                        {mark_select(fid, 5, current, set)}
                                    </td>
                                }
                            };
                            view! { <tr><th scope="row">{name}</th>{cell(false)}{cell(true)}</tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            {error_view(error)}
        </section>
    }
}

/// Answers of an online form: CSV (or XLSX) → mapping → per-row check → confirmation.
#[component]
fn ImportAnswers() -> impl IntoView {
    let state = use_state();
    let flow = FileImport::<AnswerImport>::new();
    let session = flow.session;
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let close = move || flow.close();
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = files::chosen_file(&ev) else {
            return;
        };
        error.set(None);
        done.set(None);
        let name = file.name();
        leptos::task::spawn_local(async move {
            match files::read_table_file(&file).await {
                Ok(table) => {
                    let s = state.data.with_untracked(|d| {
                        let round = d.monitoring.import_round();
                        AnswerImport::new(&name, table, d, Audience::Mentee, &round)
                    });
                    flow.open(s);
                }
                Err(m) => error.set(Some(m)),
            }
        });
    };
    let edit = move |f: &dyn Fn(&mut AnswerImport, &SchoolData)| {
        session.update(|s| {
            if let Some(s) = s {
                state.data.with_untracked(|d| f(s, d));
            }
        })
    };
    let count = move || session.with(|s| s.as_ref().map_or(0, |s| s.responses().len()));
    let confirm = move |_| {
        let responses = session.with_untracked(|s| s.as_ref().map(AnswerImport::responses));
        if let Some(rs) = responses {
            let n = rs.len();
            match state.change(|d| {
                d.monitoring.import_responses(rs);
                Ok(())
            }) {
                Ok(()) => {
                    close();
                    done.set(Some(format!("Загружено анкет: {n}.")));
                }
                Err(e) => error.set(Some(e)),
            }
        }
    };
    view! {
        <section class="card" aria-labelledby="import-answers-title">
            <h3 id="import-answers-title">"Загрузка ответов онлайн-формы"</h3>
            <p class="hint">
                "Выгрузите ответы Яндекс Формы или Google Формы в CSV (или XLSX). Нужны столбец с ФИО и столбцы с оценками; "
                "столбцы, названные как вопросы анкеты, распознаются сами. Ничего не сохранится, пока вы не подтвердите загрузку."
            </p>
            <div class="field">
                <label for="answers-file">"Файл с ответами"</label>
                <input id="answers-file" type="file" node_ref=flow.input accept=".csv,.txt,.xlsx,text/csv" on:change=on_file />
            </div>
            {move || done.get().map(|m| view! { <p role="status" class="ok">{m}</p> })}
            {error_view(error)}
            {move || {
                flow.generation.get();
                session.get_untracked().map(|first| {
                    let lists = state.data.with_untracked(|d| (round_options(d), d.monitoring.clone()));
                    let (rounds, monitoring) = lists;
                    let headers = first.table.headers.clone();
                    view! {
                        <h4>"Предпросмотр: «" {first.file_name.clone()} "»"</h4>
                        <div class="grid-form">
                            <div class="field">
                                <label for="import-round">"Раунд"</label>
                                <select id="import-round" on:change=move |ev| { let v = event_target_value(&ev); edit(&|s, d| s.set_round(&v, d)) }>
                                    <option value="">"— выберите —"</option>
                                    {options(rounds, first.round.clone())}
                                </select>
                            </div>
                            <div class="field">
                                <label for="import-audience">"Анкета"</label>
                                <select id="import-audience" on:change=move |ev| {
                                    let a = Audience::from_key(&event_target_value(&ev)).unwrap_or_default();
                                    edit(&|s, d| s.set_audience(a, d));
                                    flow.generation.update(|g| *g += 1);
                                }>
                                    {Audience::ALL.into_iter().map(|a| view! {
                                        <option value=a.key() selected=a == first.audience>{format!("анкета: {}", a.label())}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                        </div>
                        <div class="mapping">
                            {headers.into_iter().enumerate().map(|(col, h)| {
                                let current = first.targets[col].key();
                                let list = Target::choices(&monitoring, first.audience);
                                view! {
                                    <div class="field">
                                        <label for=format!("amap-{col}")>"Столбец «" {h} "»"</label>
                                        <select id=format!("amap-{col}") on:change=move |ev| {
                                            let t = Target::from_key(&event_target_value(&ev));
                                            edit(&|s, d| s.set_target(col, t.clone(), d));
                                        }>
                                            {options(list, current)}
                                        </select>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                        <p role="status" data-testid="answers-import-summary">{move || session.with(|s| s.as_ref().map(|s| s.summary()))}</p>
                        {move || session.with(|s| s.as_ref().and_then(|s| s.mapping_error.clone())).map(|e| view! { <p class="error" role="alert">{e}</p> })}
                        <div class="table-wrap" role="region" tabindex="0" aria-label="Строки файла и результат проверки">
                            <table class="registry">
                                <caption class="visually-hidden">"Строки файла и результат проверки"</caption>
                                <thead><tr><th scope="col">"Строка"</th><th scope="col">"ФИО"</th><th scope="col">"Проверка"</th></tr></thead>
                                <tbody>
                                    {move || session.with(|s| s.as_ref().map(|s| s.rows.iter().map(|r| {
                                        let check = if !r.errors.is_empty() {
                                            view! { <ul class="row-errors">{r.errors.iter().map(|e| view! { <li class="error">{e.clone()}</li> }).collect_view()}</ul> }.into_any()
                                        } else if r.replaces {
                                            view! { <span class="flag">"заменит введённые ранее ответы"</span> }.into_any()
                                        } else {
                                            view! { <span class="ok">"верно"</span> }.into_any()
                                        };
                                        view! { <tr data-row=r.row class:bad=!r.errors.is_empty()><th scope="row">{r.row}</th><td>{r.name.clone()}</td><td>{check}</td></tr> }
                                    }).collect_view()))}
                                </tbody>
                            </table>
                        </div>
                        <div class="actions">
                            <button type="button" class="btn btn-primary" disabled=move || count() == 0 on:click=confirm>
                                {move || format!("Загрузить анкеты: {}", count())}
                            </button>
                            <button type="button" class="btn" on:click=move |_| close()>"Отменить"</button>
                        </div>
                    }
                })
            }}
        </section>
    }
}

/// The questions of both questionnaires: texts, scales, new and removed questions.
#[component]
fn Questions() -> impl IntoView {
    view! {
        <details class="card">
            <summary><h3 class="inline">"Вопросы анкет удовлетворённости"</h3></summary>
            <p class="hint">"Формулировки и шкалы можно изменить; удаление вопроса удаляет и ответы на него."</p>
            <QuestionList audience=Audience::Mentee />
            <QuestionList audience=Audience::Mentor />
        </details>
    }
}

#[component]
fn QuestionList(audience: Audience) -> impl IntoView {
    let state = use_state();
    let ids = Memo::new(move |_| {
        state.data.with(|d| {
            d.monitoring
                .questions(audience)
                .iter()
                .map(|q| q.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let error = RwSignal::new(None::<String>);
    let text = RwSignal::new(String::new());
    let scale = RwSignal::new(String::from("10"));
    let key = audience.key();
    view! {
        <h4>{format!("Анкета: {}", audience.label())}</h4>
        <ol class="questions">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                {
                    let get = {
                        let id = id.clone();
                        move || state.data.with(|d| d.monitoring.question(audience, &id).map(|q| (q.text.clone(), q.scale)).unwrap_or_default())
                    };
                    let g1 = get.clone();
                    let (i1, i2, i3) = (id.clone(), id.clone(), id.clone());
                    let confirm = RwSignal::new(false);
                    view! {
                        <li class="question">
                            <label class="visually-hidden" for=format!("{key}-{id}-text")>"Текст вопроса"</label>
                            <input id=format!("{key}-{id}-text") type="text" maxlength="300" prop:value=move || g1().0
                                on:input=move |ev| {
                                    let v = event_target_value(&ev);
                                    error.set(state.change(|d| d.monitoring.set_question_text(audience, &i1, &v)).err());
                                } />
                            <label class="visually-hidden" for=format!("{key}-{id}-scale")>"Шкала"</label>
                            <select id=format!("{key}-{id}-scale") prop:value={ let get = get.clone(); move || get().1.to_string() } on:change=move |ev| {
                                let s: u8 = event_target_value(&ev).parse().unwrap_or(10);
                                error.set(state.change(|d| d.monitoring.set_question_scale(audience, &i2, s)).err());
                            }>
                                <option value="5" selected=untrack(&get).1 == 5>"1–5"</option>
                                <option value="10" selected=untrack(&get).1 == 10>"1–10"</option>
                            </select>
                            {move || if confirm.get() {
                                let i3 = i3.clone();
                                let n = state.data.with_untracked(|d| d.monitoring.answers_to(audience, &i3));
                                view! {
                                    <span class="confirm">{format!("Удалить вопрос и ответы на него ({n})? ")}
                                        <button type="button" class="btn btn-small btn-danger" on:click=move |_| error.set(state.change(|d| d.monitoring.remove_question(audience, &i3)).err())>"Удалить"</button>
                                        <button type="button" class="btn btn-small" on:click=move |_| confirm.set(false)>"Отмена"</button>
                                    </span>
                                }.into_any()
                            } else {
                                view! { <button type="button" class="btn btn-small" on:click=move |_| confirm.set(true)>"Удалить…"</button> }.into_any()
                            }}
                        </li>
                    }
                }
            </For>
        </ol>
        <form class="inline-form" on:submit=move |ev| {
            ev.prevent_default();
            let s: u8 = scale.get_untracked().parse().unwrap_or(10);
            let r = state.change(|d| d.monitoring.add_question(audience, &text.get_untracked(), s).map(|_| ()));
            if r.is_ok() { text.set(String::new()); }
            error.set(r.err());
        }>
            <label for=format!("{key}-new-q")>"Новый вопрос"</label>
            <input id=format!("{key}-new-q") type="text" maxlength="300" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) />
            <label for=format!("{key}-new-scale")>"Шкала"</label>
            <select id=format!("{key}-new-scale") on:change=move |ev| scale.set(event_target_value(&ev))>
                <option value="10">"1–10"</option>
                <option value="5">"1–5"</option>
            </select>
            <button type="submit" class="btn">"Добавить вопрос"</button>
        </form>
        {error_view(error)}
    }
}

/// Indicators, charts and tables: the same section as in the final report.
#[component]
fn Results() -> impl IntoView {
    let state = use_state();
    let html = Memo::new(move |_| {
        state.data.with(|d| {
            let doc = Document {
                title: String::new(),
                header: Vec::new(),
                blocks: result_blocks(d, false),
            };
            html::to_html(&doc)
        })
    });
    view! {
        <section class="card" aria-labelledby="results-title">
            <h3 id="results-title">"Результаты"</h3>
            <p><a class="btn" href=Route::Document(DocKind::FinalReport).href()>"Отчёт за год: печать и DOCX"</a></p>
            <p><a class="btn" href=Route::Document(DocKind::SatisfactionQuestionnaire).href()>"Бланк анкет удовлетворённости для печати"</a></p>
            <div class="results" data-testid="results" inner_html=move || html.get()></div>
        </section>
    }
}

/// The final event: date, format, participants, program, outcome.
#[component]
fn FinalEventCard() -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    let set = move |f: Box<dyn FnOnce(&mut crate::domain::library::FinalEvent)>| {
        error.set(state.change(|d| d.update_event(f)).err());
    };
    let people = Memo::new(move |_| {
        state.data.with(|d| {
            d.pair_participants()
                .iter()
                .map(|p| (p.id.clone(), p.full_name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let field = move |f: fn(&crate::domain::library::FinalEvent) -> String| {
        move || state.data.with(|d| f(&d.final_event))
    };
    let summary = move || state.data.with(SchoolData::final_event_summary);
    let (s1, s2, s3, s4) = (set, set, set, set);
    let (s6, s7, s8, s9) = (set, set, set, set);
    view! {
        <section class="card" aria-labelledby="event-title">
            <h3 id="event-title">"Итоговое мероприятие"</h3>
            <p class="hint">
                "Дата и форма попадают в " <a href=Route::Document(DocKind::OrderFinalEvent).href()>"приказ о проведении итогового мероприятия"</a>
                "; программа — в приложение к нему. Лучшие практики отмечаются в методической копилке ниже."
            </p>
            <div class="grid-form">
                <div class="field">
                    <label for="event-date">"Дата проведения"</label>
                    <input id="event-date" type="date" prop:value=field(|e| e.date.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); s1(Box::new(move |e| e.date = v)) } />
                </div>
                <div class="field">
                    <label for="event-format">"Форма проведения"</label>
                    <input id="event-format" type="text" maxlength="300" list="event-formats" prop:value=field(|e| e.format.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); s2(Box::new(move |e| e.format = v)) } />
                    <datalist id="event-formats">
                        <option value="педагогический совет"></option>
                        <option value="фестиваль педагогических идей"></option>
                        <option value="научно-практическая конференция"></option>
                        <option value="методический марафон"></option>
                    </datalist>
                </div>
            </div>
            <div class="grid-form">
                <div class="field">
                    <label for="event-time">"Время начала"</label>
                    <input id="event-time" type="time" prop:value=field(|e| e.time.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); s6(Box::new(move |e| e.time = v)) } />
                </div>
                <div class="field">
                    <label for="event-place">"Место проведения"</label>
                    <input id="event-place" type="text" maxlength="300" placeholder="актовый зал" prop:value=field(|e| e.place.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); s7(Box::new(move |e| e.place = v)) } />
                </div>
            </div>
            <div class="field">
                <label for="event-jury">"Экспертная группа (каждый — с новой строки: «Иванова М.П., директор»)"</label>
                <p class="hint">"Без списка приказ назовёт председателем директора, членами — куратора и руководителей методических объединений."</p>
                <textarea id="event-jury" rows="3" maxlength="3000" prop:value=field(|e| e.jury.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); s8(Box::new(move |e| e.jury = v)) }></textarea>
            </div>
            <div class="field">
                <label for="event-criteria">"Критерии лучших практик (каждый — с новой строки)"</label>
                <p class="hint">"Без своих критериев приказ приведёт обычные: результативность, актуальность, тиражируемость, качество представления."</p>
                <textarea id="event-criteria" rows="3" maxlength="3000" prop:value=field(|e| e.criteria.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); s9(Box::new(move |e| e.criteria = v)) }></textarea>
            </div>
            <div class="field">
                <label for="event-program">"Программа (каждый пункт — с новой строки)"</label>
                <textarea id="event-program" rows="4" maxlength="5000" prop:value=field(|e| e.program.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); s3(Box::new(move |e| e.program = v)) }></textarea>
            </div>
            <div class="field">
                <label for="event-outcome">"Итоги мероприятия"</label>
                <textarea id="event-outcome" rows="3" maxlength="5000" prop:value=field(|e| e.outcome.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); s4(Box::new(move |e| e.outcome = v)) }></textarea>
            </div>
            <fieldset class="participants">
                <legend>"Участники (наставники и наставляемые пар)"</legend>
                {move || {
                    let list = people.get();
                    if list.is_empty() {
                        view! { <p class="empty">"Пар пока нет."</p> }.into_any()
                    } else {
                        view! {
                            <button type="button" class="btn btn-small" on:click=move |_| {
                                error.set(state.change(SchoolData::mark_all_present).err())
                            }>"Отметить всех"</button>
                            <ul class="checks">
                                {list.into_iter().map(|(id, name)| {
                                    let fid = format!("event-p-{id}");
                                    let i1 = id.clone();
                                    view! {
                                        <li>
                                            <input type="checkbox" id=fid.clone()
                                                prop:checked=move || state.data.with(|d| d.final_event.participants.contains(&i1))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    let id = id.clone();
                                                    set(Box::new(move |e| e.set_participant(&id, on)));
                                                } />
                                            <label for=fid>{name}</label>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
            </fieldset>
            <p role="status">{summary}</p>
            <p class="muted">{move || state.data.with(|d| {
                let r = d.document(DocKind::OrderFinalEvent);
                if r.number.trim().is_empty() { "Приказ ещё не зарегистрирован: укажите номер и дату на странице приказа.".to_string() }
                else { format!("Приказ № {} от {}", r.number.trim(), date_ru(&r.date)) }
            })}</p>
            {error_view(error)}
        </section>
    }
}
