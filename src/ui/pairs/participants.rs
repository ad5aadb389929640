//! A pair's participants: its mentees (a group's can leave), new mentees, replacing the
//! mentor with the history of replacements.

use leptos::prelude::*;

use crate::domain::documents::registry::DocKind;
use crate::domain::format::date_ru;
use crate::storage::clock;

use super::super::router::Route;
use super::super::state::use_state;
use super::super::widgets::person_options;
use super::super::widgets::{after_add, Card, InputField, Pick};
use super::name;

#[component]
pub fn Participants(id: String) -> impl IntoView {
    let state = use_state();
    let view_data = state.read_of(&id, move |d, id| {
        d.pair(id).map(|g| {
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
    });
    let error = RwSignal::new(None::<String>);
    let add = RwSignal::new(String::new());
    let new_mentor = RwSignal::new(String::new());
    let date = RwSignal::new(clock::today_local_iso());
    let reason = RwSignal::new(String::new());
    let id2 = id.clone();
    let id3 = id.clone();
    view! {
        <Card id="pair-people" title="Участники" h2=true error=error>
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
                        <Pick id="pair-add-mentee" options=free on_change=move |v| add.set(v) />
                        <button type="submit" class="btn">"Добавить"</button>
                    </form>
                    <h3>"Замена наставника"</h3>
                    {(!history.is_empty()).then(|| view! {
                        <ul class="history" data-testid="pair-history">{history.into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}</ul>
                    })}
                    <form class="grid-form" on:submit=move |ev| {
                        ev.prevent_default();
                        let r = state.change(|d| d.replace_mentor(&id3, &new_mentor.get_untracked(), &date.get_untracked(), &reason.get_untracked()));
                        after_add(error, r, || reason.set(String::new()));
                    }>
                        <div class="field">
                            <label for="pair-new-mentor">"Новый наставник"</label>
                            <Pick id="pair-new-mentor" options=mentors on_change=move |v| new_mentor.set(v) />
                        </div>
                        <InputField id="pair-change-date" label="С какой даты" kind="date" value=date />
                        <InputField id="pair-change-reason" label="Причина замены" maxlength=500 value=reason />
                        <div class="actions"><button type="submit" class="btn">"Заменить наставника"</button></div>
                    </form>
                }
            })}
        </Card>
    }
}
