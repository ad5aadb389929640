//! The questions of the two satisfaction questionnaires.

use leptos::prelude::*;

use crate::domain::monitoring::Audience;

use super::super::state::{use_edit, use_state};
use super::super::widgets::{after_add, on_submit, ConfirmButton, ErrorText};

/// The questions of both questionnaires: texts, scales, new and removed questions.
#[component]
pub fn Questions() -> impl IntoView {
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
    let (state, error) = use_edit();
    let ids = state.read(move |d| {
        d.monitoring
            .questions(audience)
            .iter()
            .map(|q| q.id.clone())
            .collect::<Vec<_>>()
    });
    let text = RwSignal::new(String::new());
    let scale = RwSignal::new(String::from("10"));
    let key = audience.key();
    view! {
        <h4>{format!("Анкета: {}", audience.label())}</h4>
        <ol class="questions">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <QuestionItem audience id error />
            </For>
        </ol>
        <form class="inline-form" on:submit=on_submit(move || {
            let s: u8 = scale.get_untracked().parse().unwrap_or(10);
            let r = state.change(|d| d.monitoring.add_question(audience, &text.get_untracked(), s).map(|_| ()));
            after_add(error, r, || text.set(String::new()));
        })>
            <label for=format!("{key}-new-q")>"Новый вопрос"</label>
            <input id=format!("{key}-new-q") type="text" maxlength="300" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) />
            <label for=format!("{key}-new-scale")>"Шкала"</label>
            <select id=format!("{key}-new-scale") on:change=move |ev| scale.set(event_target_value(&ev))>
                <option value="10">"1–10"</option>
                <option value="5">"1–5"</option>
            </select>
            <button type="submit" class="btn">"Добавить вопрос"</button>
        </form>
        <ErrorText message=error />
    }
}

/// A question: its text and scale, edited in place, and its removal with its answers.
#[component]
fn QuestionItem(audience: Audience, id: String, error: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let key = audience.key();
    let get = state.read_of(&id, move |d, id| {
        d.monitoring
            .question(audience, id)
            .map(|q| (q.text.clone(), q.scale))
            .unwrap_or_default()
    });
    let (i1, i2, i3) = (id.clone(), id.clone(), id.clone());
    // Read when the question opens: how many answers go with it.
    let question = {
        let id = id.clone();
        move || {
            let n = state.data.with(|d| d.monitoring.answers_to(audience, &id));
            format!("Удалить вопрос и ответы на него ({n})?")
        }
    };
    let remove = Callback::new(move |()| {
        error.set(
            state
                .change(|d| d.monitoring.remove_question(audience, &i3))
                .err(),
        )
    });
    view! {
        <li class="question">
            <label class="visually-hidden" for=format!("{key}-{id}-text")>"Текст вопроса"</label>
            <input id=format!("{key}-{id}-text") type="text" maxlength="300" prop:value=move || get.get().0
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    error.set(state.change(|d| d.monitoring.set_question_text(audience, &i1, &v)).err());
                } />
            <label class="visually-hidden" for=format!("{key}-{id}-scale")>"Шкала"</label>
            <select id=format!("{key}-{id}-scale") prop:value=move || get.get().1.to_string() on:change=move |ev| {
                let s: u8 = event_target_value(&ev).parse().unwrap_or(10);
                error.set(state.change(|d| d.monitoring.set_question_scale(audience, &i2, s)).err());
            }>
                <option value="5" selected=get.get_untracked().1 == 5>"1–5"</option>
                <option value="10" selected=get.get_untracked().1 == 10>"1–10"</option>
            </select>
            <ConfirmButton label="Удалить…" question confirm="Удалить" small=true on_confirm=remove />
        </li>
    }
}
