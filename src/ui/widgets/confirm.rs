//! A destructive action asked twice: «Удалить…» opens the question with the confirming button
//! and «Отмена».

use leptos::prelude::*;

use super::Getter;

/// A button that asks before it acts. `small` gives small buttons inline (a `<span>`);
/// `group` (the group's accessible name) gives a block `<div role="group">` with the question
/// as a paragraph. The confirming button is always red; `danger` makes the opener red too.
#[component]
pub fn ConfirmButton(
    /// The opener, e.g. «Удалить задачу…».
    #[prop(into)]
    label: String,
    /// Said with the two buttons, e.g. «Удалить задачу со всеми мероприятиями?»; read when
    /// the question opens (it may count what goes, e.g. «… и ответы на него (3)?»).
    #[prop(into)]
    question: Getter<String>,
    /// The confirming button, e.g. «Удалить».
    #[prop(into)]
    confirm: String,
    on_confirm: Callback<()>,
    #[prop(optional)] small: bool,
    #[prop(optional)] danger: bool,
    #[prop(optional)] group: Option<&'static str>,
    /// Words after the opener's label for screen readers only (which row it deletes); may
    /// follow the data (a row's title being edited).
    #[prop(optional, into)]
    hidden: Option<Getter<String>>,
    #[prop(optional)] testid: Option<&'static str>,
    /// `data-testid` of the opened question (the group or the span).
    #[prop(optional)]
    question_testid: Option<&'static str>,
    /// `data-testid` of the confirming button.
    #[prop(optional)]
    confirm_testid: Option<&'static str>,
    /// More buttons before the confirming one (e.g. «Скачать архив» before «Удалить всё»).
    #[prop(optional)]
    extra: Option<ChildrenFn>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let size = if small { " btn-small" } else { "" };
    let opener_class = format!("btn{size}{}", if danger { " btn-danger" } else { "" });
    let confirm_class = format!("btn{size} btn-danger");
    let cancel_class = format!("btn{size}");
    move || {
        if !open.get() {
            let hidden = hidden.clone().map(|h| {
                view! { <span class="visually-hidden">{move || h.get()}</span> }
            });
            return view! {
                <button type="button" class=opener_class.clone() data-testid=testid on:click=move |_| open.set(true)>
                    {label.clone()}{hidden}
                </button>
            }
            .into_any();
        }
        let buttons = view! {
            {extra.clone().map(|f| f())}
            <button type="button" class=confirm_class.clone() data-testid=confirm_testid on:click=move |_| {
                open.set(false);
                on_confirm.run(());
            }>{confirm.clone()}</button>
            <button type="button" class=cancel_class.clone() on:click=move |_| open.set(false)>"Отмена"</button>
        };
        match group {
            Some(name) => view! {
                <div class="confirm" role="group" aria-label=name data-testid=question_testid>
                    <p>{question.get_untracked()}</p>
                    {buttons}
                </div>
            }
            .into_any(),
            None => view! { <span class="confirm" data-testid=question_testid>{format!("{} ", question.get_untracked())}{buttons}</span> }
                .into_any(),
        }
    }
}
