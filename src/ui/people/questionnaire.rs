//! The questionnaire of a bank's role on the card: one component for the mentee's and the
//! mentor candidate's questionnaire.

use leptos::prelude::*;

use crate::domain::answers::AnswerEdit;
use crate::domain::banks::Bank;
use crate::domain::format::date_ru;
use crate::domain::forms::MentoringForm;
use crate::domain::questionnaires::MAX_CAPACITY;

use super::{person_memo, today};
use crate::ui::state::{use_edit, use_state};
use crate::ui::widgets::{Card, FormsPicker};

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
pub fn Questionnaire(pid: String, bank: Bank) -> impl IntoView {
    let (state, error) = use_edit();
    let answers = person_memo(&pid, move |p| p.card_answers(bank));
    let has_role = Memo::new(move |_| answers.with(Option::is_some));
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
                <Card id=t.id title=t.title h2=true error=error>
                    <p class="muted">{t.hint}
                        {move || answers.get().map(|a| date_ru(&a.date)).unwrap_or_default()}</p>
                    {move || answers.get().is_some_and(|a| a.last_year).then(|| view! {
                        <p class="warning" data-testid="last-year-answers">
                            "Анкета прошлого учебного года: уточните ответы — любое изменение обновит её дату."
                        </p>
                    })}
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
                        selected=move || answers.get().map(|a| a.forms).unwrap_or_default()
                        on_toggle=Callback::new(move |(form, on): (MentoringForm, bool)| {
                            edit.run(AnswerEdit::Form(form, on));
                        }) />
                    <div class="field">
                        <label for=t.text_id>{t.text_label}</label>
                        <textarea id=t.text_id rows=t.text_rows maxlength="5000" prop:value=a.text.clone() on:input=move |ev| {
                            edit.run(AnswerEdit::Text(event_target_value(&ev)));
                        }></textarea>
                    </div>
                </Card>
            }
        })
    }
}
