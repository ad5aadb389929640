//! Stage 4 «Отбор и обучение наставников»: the suggestion of pairs with its explanations,
//! pins and forbidden pairs, accepting it as pairs (`matching`); a manual check of one pair;
//! the mentors' trainings with attendance (`trainings`). The rules are in
//! `domain::selection` and `domain::matching`.

mod matching;
mod trainings;

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::matching::{
    Score, CAPACITY_MAX, EXPERIENCE_MAX, FORMS_MAX, MAX_SCORE, NEEDS_MAX, SUBJECT_SAME,
};

use super::state::use_state;
use super::widgets::{person_options, Card, Pick};
use matching::Matching;
use trainings::Trainings;

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
fn ManualCheck() -> impl IntoView {
    let state = use_state();
    let mentor = RwSignal::new(String::new());
    let mentee = RwSignal::new(String::new());
    let options = move |mentors: bool| {
        state
            .data
            .with_untracked(|d| person_options(d.with_role(mentors)))
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
        <Card id="check-title" title="Проверить пару вручную" h2=true testid="manual-check">
            <div class="toolbar">
                <div class="field">
                    <label for="check-mentor">"Наставник"</label>
                    <Pick id="check-mentor" options=options(true) on_change=move |v| mentor.set(v) />
                </div>
                <div class="field">
                    <label for="check-mentee">"Наставляемый"</label>
                    <Pick id="check-mentee" options=options(false) on_change=move |v| mentee.set(v) />
                </div>
            </div>
            <div role="status" data-testid="check-result">{result}</div>
        </Card>
    }
}
