//! The consents of a person on the card: give, withdraw, and the offer to anonymize after the
//! consent to processing is withdrawn.

use leptos::prelude::*;

use crate::domain::consents::consent_state;
use crate::domain::people::ConsentKind;

use super::{person_memo, today};
use crate::ui::state::use_edit;
use crate::ui::widgets::{Card, ErrorText};

#[component]
pub fn Consents(pid: String) -> impl IntoView {
    let (state, error) = use_edit();
    let kinds = person_memo(&pid, ConsentKind::for_person);
    let offer_anonymize = RwSignal::new(false);
    let anon_id = pid.clone();
    view! {
        <Card id="person-consents" title="Согласия" h2=true>
            <p class="muted">"Каждое согласие — отдельный документ с датой; бланк — в разделе «Документы»."</p>
            // A row per kind the card shows, each rebuilt only when it appears or goes.
            {ConsentKind::ALL.map(|which| {
                let shown = Memo::new(move |_| kinds.with(|k| k.contains(&which)));
                let pid = pid.clone();
                move || shown.get().then(|| view! { <ConsentRow pid=pid.clone() which offer_anonymize /> })
            })}
            {move || offer_anonymize.get().then(|| {
                let anon_id = anon_id.clone();
                view! {
                    <div class="confirm" role="group" aria-label="Обезличивание" data-testid="anonymize-offer">
                        <p>
                            <strong>"Согласие на обработку отозвано."</strong>
                            " Обезличить данные педагога? ФИО заменится на «Участник N», контакты, дата рождения и предметы будут удалены; "
                            "ответы анкет останутся для общей статистики. Это нельзя отменить."
                        </p>
                        <button type="button" class="btn btn-danger" on:click=move |_| {
                            let r = state.change(|d| d.anonymize_person(&anon_id, &today()));
                            if r.is_ok() {
                                offer_anonymize.set(false);
                            }
                            error.set(r.err());
                        }>"Обезличить"</button>
                        <button type="button" class="btn" on:click=move |_| { offer_anonymize.set(false); error.set(None); }>"Не сейчас"</button>
                        <ErrorText message=error />
                    </div>
                }
            })}
        </Card>
    }
}

#[component]
fn ConsentRow(pid: String, which: ConsentKind, offer_anonymize: RwSignal<bool>) -> impl IntoView {
    let (state, error) = use_edit();
    let consent = person_memo(&pid, move |p| which.get(p).clone());
    let date = RwSignal::new(today());
    let date_id = format!("consent-{}-date", which.key());
    let (give_id, withdraw_id) = (pid.clone(), pid.clone());
    view! {
        <div class="consent" data-consent=which.key()>
            <h3>{which.title()}</h3>
            <p data-testid=format!("consent-{}-state", which.key())>
                {move || consent_state(consent.get().as_ref())}
            </p>
            <div class="inline-form">
                <label for=date_id.clone()>"Дата"</label>
                <input id=date_id type="date" prop:value=move || date.get() on:change=move |ev| date.set(event_target_value(&ev)) />
                {move || if consent.get().is_some_and(|c| c.active()) {
                    let withdraw_id = withdraw_id.clone();
                    view! {
                        <button type="button" class="btn btn-danger btn-small" on:click=move |_| {
                            let on = date.get_untracked();
                            let r = state.change(|d| d.withdraw_consent(&withdraw_id, which, &on));
                            if r.is_ok() && which.withdrawal_calls_for_anonymization() {
                                offer_anonymize.set(true);
                            }
                            error.set(r.err());
                        }>"Отозвать"</button>
                    }.into_any()
                } else {
                    let give_id = give_id.clone();
                    view! {
                        <button type="button" class="btn btn-small" on:click=move |_| {
                            let on = date.get_untracked();
                            error.set(state.change(|d| d.give_consent(&give_id, which, &on)).err());
                        }>"Отметить согласие"</button>
                    }.into_any()
                }}
            </div>
            <ErrorText message=error />
        </div>
    }
}
