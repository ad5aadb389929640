//! The roles of a person on the card, with the bank decisions.

use leptos::prelude::*;

use crate::domain::banks::Bank;
use crate::domain::format::count;

use super::person_memo;
use crate::ui::banks::BankDecision;
use crate::ui::state::use_edit;
use crate::ui::widgets::{Card, ErrorText};

#[component]
pub fn Roles(pid: String) -> impl IntoView {
    let (state, error) = use_edit();
    let person = person_memo(&pid, |p| Some(p.clone()));
    let has_mentee =
        Memo::new(move |_| person.with(|p| p.as_ref().is_some_and(|p| p.mentee.is_some())));
    let has_mentor =
        Memo::new(move |_| person.with(|p| p.as_ref().is_some_and(|p| p.mentor.is_some())));
    let (bank_pid, bank_pid2) = (pid.clone(), pid.clone());
    let set_role = move |bank: Bank, on: bool| {
        error.set(state.change(|d| d.set_person_role(&pid, bank, on)).err());
    };
    let set_role2 = set_role.clone();
    view! {
        <Card id="person-roles" title="Роли" h2=true>
            <div class="check">
                <input type="checkbox" id="role-mentee" prop:checked=move || person.get().is_some_and(|p| p.mentee.is_some())
                    on:change=move |ev| set_role(Bank::Mentees, event_target_checked(&ev)) />
                <label for="role-mentee">"Наставляемый (банк наставляемых, этап 2)"</label>
            </div>
            <div class="check">
                <input type="checkbox" id="role-mentor" prop:checked=move || person.get().is_some_and(|p| p.mentor.is_some())
                    on:change=move |ev| set_role2(Bank::Mentors, event_target_checked(&ev)) />
                <label for="role-mentor">"Кандидат в наставники (банк наставников, этап 3)"</label>
            </div>
            <ErrorText message=error />
            {move || has_mentee.get().then(|| view! { <BankDecision pid=bank_pid.clone() bank=Bank::Mentees /> })}
            {move || has_mentor.get().then(|| view! { <BankDecision pid=bank_pid2.clone() bank=Bank::Mentors /> })}
            {move || person.get().filter(|p| p.mentor.is_some()).map(|p| view! {
                <p data-testid="trainings-attended">"Обучение наставников (этап 4): посещено "
                    {move || state.data.with(|d| count(d.trainings_of(&p.id) as u64, ["мероприятие", "мероприятия", "мероприятий"]))}</p>
            })}
            {move || person.get().and_then(|p| p.matching_block()).map(|why| view! {
                <p class="flag" data-testid="blocked">"⚠ Не участвует в подборе пар: " {why} "."</p>
            })}
        </Card>
    }
}
