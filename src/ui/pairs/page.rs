//! A pair's page: its details, participants, program, and deleting it.

use leptos::prelude::*;

use crate::domain::pairs::PairStatus;

use super::super::router::{navigate, Route};
use super::super::state::use_state;
use super::form_select;
use super::participants::Participants;
use super::program::ProgramEditor;

/// A pair's page: participants, dates, status, mentor replacement, the ПНП.
#[component]
pub fn PairPage(id: String) -> impl IntoView {
    let state = use_state();
    let exists = {
        let id = id.clone();
        Memo::new(move |_| state.data.with(|d| d.pair(&id).is_some()))
    };
    let pid = id.clone();
    move || {
        if !exists.get() {
            return view! {
                <h1 tabindex="-1">"Пара не найдена"</h1>
                <p>"Такой пары или группы нет: возможно, её удалили. " <a href=Route::Stage(5).href()>"К парам и группам"</a></p>
            }
            .into_any();
        }
        let id = pid.clone();
        let label = {
            let id = id.clone();
            move || {
                state
                    .data
                    .with(|d| d.pair(&id).map(|g| d.pair_label(g)).unwrap_or_default())
            }
        };
        view! {
            <p class="eyebrow"><a href=Route::Stage(5).href()>"Этап 5. Пары и группы"</a></p>
            <h1 tabindex="-1" data-testid="pair-title">{label}</h1>
            <PairDetails id=id.clone() />
            <Participants id=id.clone() />
            <ProgramEditor id=id.clone() />
            <DeletePair id=id.clone() />
        }
        .into_any()
    }
}

#[component]
fn PairDetails(id: String) -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(None::<String>);
    let get = {
        let id = id.clone();
        move |f: fn(&crate::domain::pairs::Pair) -> String| {
            let id = id.clone();
            move || state.data.with(|d| d.pair(&id).map(f).unwrap_or_default())
        }
    };
    let set = {
        let id = id.clone();
        move |f: Box<dyn FnOnce(&mut crate::domain::pairs::Pair)>| {
            error.set(
                state
                    .change(|d| {
                        d.update_pair(&id, |g| {
                            f(g);
                            Ok(())
                        })
                    })
                    .err(),
            );
        }
    };
    let (s1, s2, s3, s4, s5) = (set.clone(), set.clone(), set.clone(), set.clone(), set);
    let form = {
        let id = id.clone();
        state
            .data
            .with_untracked(|d| d.pair(&id).map(|g| g.form).unwrap_or_default())
    };
    let status = get(|g| g.status.key().to_string());
    let status2 = status.clone();
    let status3 = status.clone();
    view! {
        <section class="card" aria-labelledby="pair-details">
            <h2 id="pair-details">"Сведения"</h2>
            <div class="meta-grid">
                <div class="field">
                    <label for="pair-form">"Форма наставничества"</label>
                    {form_select("pair-form".into(), move || form, move |f| s1(Box::new(move |g| g.form = f)))}
                </div>
                <div class="field">
                    <label for="pair-start">"Начало"</label>
                    <input id="pair-start" type="date" prop:value=get(|g| g.start.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); s2(Box::new(move |g| g.start = v)) } />
                </div>
                <div class="field">
                    <label for="pair-end">"Плановое окончание"</label>
                    <input id="pair-end" type="date" prop:value=get(|g| g.end.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); s3(Box::new(move |g| g.end = v)) } />
                </div>
                <div class="field">
                    <label for="pair-status">"Статус"</label>
                    <select id="pair-status" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(st) = PairStatus::ALL.into_iter().find(|s| s.key() == v) {
                            s4(Box::new(move |g| g.status = st));
                        }
                        // A refused change (no reason to end early) leaves the data as it was:
                        // the select shows the status that is kept, not the one refused.
                        if let Some(target) = ev.target() {
                            let _ = js_sys::Reflect::set(&target, &"value".into(), &status3().into());
                        }
                    }>
                        {PairStatus::ALL.into_iter().map(|st| {
                            let status = status.clone();
                            view! { <option value=st.key() selected=move || status() == st.key()>{st.label()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="pair-reason">"Причина прекращения (если прекращена)"</label>
                    <input id="pair-reason" type="text" maxlength="500" prop:value=get(|g| g.reason.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); s5(Box::new(move |g| g.reason = v)) } />
                </div>
            </div>
            {move || (status2() == "terminated").then(|| view! { <p class="hint">"Прекращённая пара не входит в приказ о закреплении пар; наставляемый снова в списке «без пары»."</p> })}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}

#[component]
fn DeletePair(id: String) -> impl IntoView {
    let state = use_state();
    let confirm = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    view! {
        <section class="card danger-zone" aria-labelledby="pair-delete">
            <h2 id="pair-delete">"Удалить пару (группу)"</h2>
            <p class="hint">"Если пара работала и закончилась, лучше отметить статус «завершена» или «прекращена»: история и ПНП сохранятся."</p>
            {move || if confirm.get() {
                let id = id.clone();
                view! {
                    <div class="confirm" role="group" aria-label="Подтверждение удаления пары">
                        <p>"Пара, её ПНП с отметками и история замен будут удалены."</p>
                        <button type="button" class="btn btn-danger" on:click=move |_| {
                            match state.change(|d| d.delete_pair(&id).map(|_| ())) {
                                Ok(()) => navigate(&Route::Stage(5)),
                                Err(e) => error.set(Some(e)),
                            }
                        }>"Удалить"</button>
                        <button type="button" class="btn" on:click=move |_| confirm.set(false)>"Отмена"</button>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" class="btn btn-danger" on:click=move |_| confirm.set(true)>"Удалить пару…"</button> }.into_any()
            }}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}
