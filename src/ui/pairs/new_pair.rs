//! A pair formed by hand on stage 5.

use leptos::prelude::*;

use crate::domain::forms::MentoringForm;
use crate::storage::clock;

use super::super::router::{navigate, Route};
use super::super::state::use_edit;
use super::super::widgets::person_options;
use super::super::widgets::{after_add, on_submit, Card, EnumSelect, InputField, Pick};

/// A pair formed by hand: a mentor and one mentee (more can join on the pair's page).
#[component]
pub fn NewPair() -> impl IntoView {
    let (state, error) = use_edit();
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
    let options = state.read(move |d| {
        (
            person_options(d.eligible_mentors()),
            person_options(d.unpaired_mentees()),
        )
    });
    let submit = on_submit(move || {
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
        after_add(error, result, || {
            if let Some(id) = new_id {
                navigate(&Route::Pair(id));
            }
        });
    });
    view! {
        <Card id="new-pair-title" title="Сформировать пару вручную" error=error>
            <form class="grid-form" on:submit=submit>
                <div class="field">
                    <label for="new-pair-mentor">"Наставник"</label>
                    <Pick id="new-pair-mentor" options=move || options.get().0 on_change=move |v| mentor.set(v) />
                </div>
                <div class="field">
                    <label for="new-pair-mentee">"Наставляемый (без пары)"</label>
                    <Pick id="new-pair-mentee" options=move || options.get().1 on_change=move |v| mentee.set(v) />
                </div>
                <div class="field">
                    <label for="new-pair-form">"Форма наставничества"</label>
                    <EnumSelect id="new-pair-form" selected=move || Some(form.get()) on_change=move |f| form.set(f) />
                </div>
                <InputField id="new-pair-start" label="Начало" kind="date" value=start />
                <InputField id="new-pair-end" label="Плановое окончание" kind="date" value=end />
                <div class="actions"><button type="submit" class="btn btn-primary">"Сформировать пару"</button></div>
            </form>
        </Card>
    }
}
