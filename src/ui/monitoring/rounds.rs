//! The monitoring rounds: added, listed with their questionnaires, removed with them.

use leptos::prelude::*;

use crate::domain::keyed::Keyed;
use crate::domain::monitoring::RoundKind;
use crate::storage::clock;

use super::super::state::use_state;
use super::error_view;

#[component]
pub fn Rounds() -> impl IntoView {
    let state = use_state();
    let kind = RwSignal::new(RoundKind::Final.key().to_string());
    let date = RwSignal::new(clock::today_local_iso());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let k = RoundKind::from_key(&kind.get_untracked()).unwrap_or_default();
        error.set(
            state
                .change(|d| d.monitoring.add_round(k, &date.get_untracked()).map(|_| ()))
                .err(),
        );
    };
    let rounds = move || {
        state.data.with(|d| {
            d.monitoring
                .rounds
                .iter()
                .map(|r| (r.id.clone(), r.label(), d.monitoring.responses_in(&r.id)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="rounds-title">
            <h3 id="rounds-title">"Раунды мониторинга"</h3>
            <p class="hint">"Промежуточный раунд — в середине года, итоговый — перед итоговым мероприятием; показатели берутся из последнего итогового."</p>
            <ul class="rounds" data-testid="rounds">
                {move || {
                    let list = rounds();
                    if list.is_empty() {
                        view! { <li class="empty">"Раундов пока нет: добавьте итоговый раунд."</li> }.into_any()
                    } else {
                        list.into_iter().map(|(id, label, n)| { let key = id.clone(); view! {
                            <li data-round=key>{label} " — анкет: " {n} " "
                                <RemoveRound id error />
                            </li>
                        }}).collect_view().into_any()
                    }
                }}
            </ul>
            <form class="grid-form" on:submit=add>
                <div class="field">
                    <label for="round-kind">"Раунд"</label>
                    <select id="round-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                        {RoundKind::ALL.into_iter().map(|k| view! {
                            <option value=k.key() selected=k == RoundKind::Final>{k.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="round-date">"Дата"</label>
                    <input id="round-date" type="date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                </div>
                <div class="actions"><button type="submit" class="btn">"Добавить раунд"</button></div>
            </form>
            {error_view(error)}
        </section>
    }
}

#[component]
fn RemoveRound(id: String, error: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let confirm = RwSignal::new(false);
    move || {
        let id = id.clone();
        if confirm.get() {
            view! {
                <span class="confirm">"Удалить раунд вместе с его ответами? "
                    <button type="button" class="btn btn-small btn-danger" on:click=move |_| {
                        error.set(state.change(|d| d.monitoring.remove_round(&id)).err());
                    }>"Удалить"</button>
                    <button type="button" class="btn btn-small" on:click=move |_| confirm.set(false)>"Отмена"</button>
                </span>
            }
            .into_any()
        } else {
            view! { <button type="button" class="btn btn-small" on:click=move |_| confirm.set(true)>"Удалить…"</button> }.into_any()
        }
    }
}
