//! The monitoring rounds: added, listed with their questionnaires, removed with them.

use leptos::prelude::*;

use crate::domain::monitoring::RoundKind;
use crate::storage::clock;

use super::super::state::use_edit;
use super::super::widgets::{on_submit, Card, ConfirmButton, EnumSelect, InputField};

#[component]
pub fn Rounds() -> impl IntoView {
    let (state, error) = use_edit();
    let kind = RwSignal::new(RoundKind::Final);
    let date = RwSignal::new(clock::today_local_iso());
    let add = on_submit(move || {
        let k = kind.get_untracked();
        error.set(
            state
                .change(|d| d.monitoring.add_round(k, &date.get_untracked()).map(|_| ()))
                .err(),
        );
    });
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
        <Card id="rounds-title" title="Раунды мониторинга" error=error>
            <p class="hint">"Промежуточный раунд — в середине года, итоговый — перед итоговым мероприятием; показатели берутся из последнего итогового."</p>
            <ul class="rounds" data-testid="rounds">
                {move || {
                    let list = rounds();
                    if list.is_empty() {
                        view! { <li class="empty">"Раундов пока нет: добавьте итоговый раунд."</li> }.into_any()
                    } else {
                        list.into_iter().map(|(id, label, n)| { let key = id.clone(); view! {
                            <li data-round=key>{label} " — анкет: " {n} " "
                                <ConfirmButton label="Удалить…" question="Удалить раунд вместе с его ответами?" confirm="Удалить" small=true
                                    on_confirm=Callback::new(move |()| error.set(state.change(|d| d.monitoring.remove_round(&id)).err())) />
                            </li>
                        }}).collect_view().into_any()
                    }
                }}
            </ul>
            <form class="grid-form" on:submit=add>
                <div class="field">
                    <label for="round-kind">"Раунд"</label>
                    <EnumSelect id="round-kind" selected=move || Some(kind.get()) on_change=move |k| kind.set(k) />
                </div>
                <InputField id="round-date" label="Дата" kind="date" value=date />
                <div class="actions"><button type="submit" class="btn">"Добавить раунд"</button></div>
            </form>
        </Card>
    }
}
