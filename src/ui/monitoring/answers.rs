//! Answers typed in per participant of a pair, and the mentees' self-assessment.

use leptos::prelude::*;

use crate::domain::monitoring::Monitoring;
use crate::domain::participants::Participant;

use super::super::state::use_edit;
use super::super::widgets::{area_options, Card, ColumnHeads, Pick};
use super::{mark_select, round_options};

/// Answers typed in: a round, a participant, a mark per question.
#[component]
pub fn Answers() -> impl IntoView {
    let (state, error) = use_edit();
    let round = RwSignal::new(String::new());
    let who = RwSignal::new(String::new());
    // The selects' lists, and the questions of the chosen questionnaire: rebuilt only when they
    // change, so that a mark does not rebuild the form.
    let lists = state.read(move |d| {
        let people = d
            .monitoring_participants()
            .into_iter()
            .map(|(p, label)| (p.key(), label))
            .collect::<Vec<_>>();
        (round_options(d), people)
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
        <Card id="answers-title" title="Ввод ответов" error=error>
            <p class="hint">"Выберите раунд и участника пары; каждая оценка сохраняется сразу. Ответы онлайн-формы можно загрузить ниже из CSV."</p>
            <div class="grid-form">
                <div class="field">
                    <label for="answers-round">"Раунд"</label>
                    <Pick id="answers-round" options=move || lists.get().0 selected=round on_change=move |v| round.set(v) />
                </div>
                <div class="field">
                    <label for="answers-who">"Участник"</label>
                    <Pick id="answers-who" options=move || lists.get().1 selected=who on_change=move |v| who.set(v) />
                </div>
            </div>
            <p role="status" data-testid="answers-status">{answered}</p>
            {move || {
                let qs = questions.get();
                (!qs.is_empty() && !round.get().is_empty()).then(|| view! {
                    <table class="registry answers" data-testid="answers">
                        <ColumnHeads names=&["Вопрос", "Оценка"] />
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
        </Card>
    }
}

/// The mentees' self-assessment of the need areas «до» and «после».
#[component]
pub fn SelfAssessment() -> impl IntoView {
    let (state, error) = use_edit();
    let mentee = RwSignal::new(String::new());
    let lists = state.read(move |d| {
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
        let areas = area_options(&d.taxonomy);
        (mentees, areas)
    });
    view! {
        <Card id="self-title" title="Самооценка наставляемых «до» и «после»" error=error>
            <p class="hint">"Наставляемый оценивает свою компетентность в каждой области от 1 (низкая) до 5 (высокая): в начале программы и в конце. Рост — ключевой результат наставничества."</p>
            <div class="field">
                <label for="self-mentee">"Наставляемый"</label>
                <Pick id="self-mentee" options=move || lists.get().0 selected=mentee on_change=move |v| mentee.set(v) />
            </div>
            {move || (!mentee.get().is_empty()).then(|| view! {
                <table class="registry self-assessment" data-testid="self-assessment">
                    <ColumnHeads names=&["Область", "До", "После"] />
                    <tbody>
                        {lists.get().1.into_iter().enumerate().map(|(i, (area, title))| {
                            let name = title.clone();
                            let cell = move |after: bool| {
                                let area = area.clone();
                                let a2 = area.clone();
                                let fid = format!("self-{i}-{}", if after { "after" } else { "before" });
                                let current = move || {
                                    let p = mentee.get();
                                    state.data.with(|d| d.monitoring.self_mark(&p, &area, after)
                                        .map(|v| v.to_string())
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
        </Card>
    }
}
