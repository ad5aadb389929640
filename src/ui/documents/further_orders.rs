//! The year's further orders on pairs, on the page of the order on pairs.

use leptos::prelude::*;

use crate::domain::documents::registry::DocKind;
use crate::ui::router::Route;
use crate::ui::state::{use_edit, use_state};
use crate::ui::widgets::ErrorText;

/// The year's further orders on pairs: each lists only its own pairs (an additional fixing, a
/// mentor's replacement, mentoring ended early).
#[component]
pub(super) fn FurtherPairOrders() -> impl IntoView {
    use crate::domain::pair_orders::PairOrderKind;
    let (state, error) = use_edit();
    let orders = move || state.data.with(|d| d.pair_orders.clone());
    view! {
        <section class="card" aria-labelledby="further-orders-title" data-testid="further-orders">
            <h2 id="further-orders-title">"Другие приказы по парам в этом году"</h2>
            <p class="hint">
                "Этот приказ перечисляет действующие пары, не вошедшие в дополнительные приказы. Пары, сформированные позже, "
                "замену наставника и досрочное завершение оформите отдельными приказами: каждый перечисляет только свои пары."
            </p>
            <ul class="further-orders">
                {move || orders().into_iter().map(|o| {
                    let (id1, id2, id3) = (o.id.clone(), o.id.clone(), o.id.clone());
                    let href = Route::PersonDocument(DocKind::OrderPairs, o.id.clone()).href();
                    view! {
                        <li data-order=o.id.clone()>
                            <a href=href>{format!("Приказ «{}»", o.kind.title())}</a>
                            <label>" № " <input type="text" maxlength="50" class="short" prop:value=o.number.clone()
                                aria-label="Номер приказа"
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    error.set(state.change(|d| d.update_pair_order(&id1, |o| o.number = v)).err());
                                } /></label>
                            <label>" от " <input type="date" prop:value=o.date.clone() aria-label="Дата приказа"
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    error.set(state.change(|d| d.update_pair_order(&id2, |o| o.date = v)).err());
                                } /></label>
                            <button type="button" class="btn btn-small btn-danger" on:click=move |_| {
                                error.set(state.change(|d| d.delete_pair_order(&id3).map(|_| ())).err());
                            }>"Удалить"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {PairOrderKind::ALL.into_iter().map(|kind| view! { <NewPairOrder kind=kind error=error /> }).collect_view()}
            <ErrorText message=error />
        </section>
    }
}

/// Choosing the pairs of a new further order: every pair it may concern, those no such order
/// took yet already checked.
#[component]
fn NewPairOrder(
    kind: crate::domain::pair_orders::PairOrderKind,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_state();
    let candidates = state.read(move |d| {
        let pending: Vec<String> = d
            .pending_for_order(kind)
            .iter()
            .map(|g| g.id.clone())
            .collect();
        d.pairs
            .iter()
            .filter(|g| kind.fits(g))
            .map(|g| (g.id.clone(), d.pair_label(g), pending.contains(&g.id)))
            .collect::<Vec<_>>()
    });
    let chosen = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        chosen.set(
            candidates
                .get()
                .into_iter()
                .filter(|c| c.2)
                .map(|c| c.0)
                .collect(),
        );
    });
    let key = format!("{kind:?}").to_lowercase();
    let data_kind = key.clone();
    view! {
        <details class="new-order" data-kind=data_kind>
            <summary>{format!("Новый приказ: {}", kind.label())}</summary>
            {move || {
                let list = candidates.get();
                if list.is_empty() {
                    return view! { <p class="muted">"Пар, которых может касаться такой приказ, нет."</p> }.into_any();
                }
                let key = key.clone();
                view! {
                    <ul class="checklist">
                        {list.into_iter().map(|(id, label, _)| {
                            let box_id = format!("order-{key}-{id}");
                            let (id1, id2) = (id.clone(), id.clone());
                            view! {
                                <li>
                                    <input type="checkbox" id=box_id.clone()
                                        prop:checked=move || chosen.with(|c| c.contains(&id1))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            let id = id2.clone();
                                            chosen.update(|c| {
                                                c.retain(|x| *x != id);
                                                if on { c.push(id); }
                                            });
                                        } />
                                    <label for=box_id>{label}</label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <button type="button" class="btn" on:click=move |_| {
                        let pairs = chosen.get_untracked();
                        error.set(state.change(|d| d.add_pair_order(kind, &pairs).map(|_| ())).err());
                    }>{format!("Сформировать приказ «{}»", kind.title())}</button>
                }.into_any()
            }}
        </details>
    }
}
