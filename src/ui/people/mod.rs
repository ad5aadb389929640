//! «Педагоги»: the register of the school's teachers, the banks of mentees and mentors (the
//! same list, filtered), and a person's card: data, roles, consents, questionnaires.

mod card;
mod consents;
mod filters;
mod list;
mod questionnaire;
mod roles;

use leptos::prelude::*;

use crate::domain::banks::Bank;
use crate::domain::people::Person;
use crate::storage::clock;

use super::banks::WaitingList;
use super::router::{navigate, Route};
use super::state::{use_edit, use_state};
use super::widgets::StageMeasures;
use super::widgets::{after_add, on_submit, ErrorText};
pub use card::PersonPage;
use list::PeopleList;

fn today() -> String {
    clock::today_local_iso()
}

/// What a component shows of one person: `f` of the person, or the default when they are not
/// (or no longer) in the register. A memo: the component re-renders only when that changes.
pub(crate) fn person_memo<T>(pid: &str, f: impl Fn(&Person) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let state = use_state();
    let pid = pid.to_string();
    state.read(move |d| d.person(&pid).map(&f).unwrap_or_default())
}

/// The register page.
#[component]
pub fn PeoplePage() -> impl IntoView {
    let (state, error) = use_edit();
    let name = RwSignal::new(String::new());
    view! {
        <h1 tabindex="-1">"Педагоги"</h1>
        <p>
            "Единый реестр педагогов школы. Каждый может быть наставляемым, кандидатом в наставники или и тем и другим: "
            "банки наставляемых и наставников — это отборы из реестра (этапы 2 и 3)."
        </p>
        <form class="inline-form" on:submit=on_submit(move || {
            let n = name.get_untracked();
            let mut new_id = None;
            let result = state.change(|d| d.add_person(&n).map(|id| { new_id = Some(id); }));
            after_add(error, result, || {
                name.set(String::new());
                if let Some(id) = new_id { navigate(&Route::Person(id)); }
            });
        })>
            <label for="new-person">"ФИО нового педагога"</label>
            <input id="new-person" type="text" maxlength="500" prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev)) />
            <button type="submit" class="btn btn-primary">"Добавить педагога"</button>
        </form>
        <ErrorText message=error />
        <p><a class="btn" href=Route::Import.href()>"Импорт списка из Excel или CSV…"</a></p>
        <PeopleList bank=None />
    }
}

/// The bank of a stage (2: mentees, 3: mentors), under the stage's checklist.
#[component]
pub fn StageBank(stage: u8) -> impl IntoView {
    let state = use_state();
    let bank = if stage == 2 {
        Bank::Mentees
    } else {
        Bank::Mentors
    };
    let summary = move || state.data.with(|d| bank.summary(&d.people));
    view! {
        <h2>{if bank == Bank::Mentees { "Банк наставляемых" } else { "Банк наставников" }}</h2>
        <p data-testid="bank-summary">{summary}</p>
        <h3>"Результаты этапа по данным банка"</h3>
        <p class="hint">"Считаются сами по анкетам, согласиям и статусам и входят в ход работы этапа вместе с задачами."</p>
        <StageMeasures stage />
        <p>
            <a href=Route::People.href()>"Реестр педагогов: добавить педагога, отметить роль"</a>
            " · "
            <a href=Route::Import.href()>"импорт списка из Excel или CSV"</a>
        </p>
        <WaitingList bank=bank />
        <PeopleList bank=Some(bank) />
    }
}
