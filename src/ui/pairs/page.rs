//! A pair's page: its details, participants, program, and deleting it.

use leptos::prelude::*;

use crate::domain::pairs::{Pair, PairStatus};

use super::super::router::{navigate, Route};
use super::super::state::{use_edit, use_state};
use super::super::widgets::{Card, ConfirmButton, EnumSelect, InputField};
use super::participants::Participants;
use super::program::ProgramEditor;

/// A pair's page: participants, dates, status, mentor replacement, the ПНП.
#[component]
pub fn PairPage(id: String) -> impl IntoView {
    let state = use_state();
    let exists = state.read_of(&id, move |d, id| d.pair(id).is_some());
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
        let label = state.read_of(&id, |d, id| {
            d.pair(id).map(|g| d.pair_label(g)).unwrap_or_default()
        });
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
    let (state, error) = use_edit();
    // A text of the pair as shown, and its edit.
    let text = {
        let id = id.clone();
        move |f: fn(&Pair) -> &String| {
            let id = id.clone();
            move || {
                state
                    .data
                    .with(|d| d.pair(&id).map(|g| f(g).clone()).unwrap_or_default())
            }
        }
    };
    let set = {
        let id = id.clone();
        move |f: Box<dyn FnOnce(&mut Pair)>| {
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
    let (s1, s4) = (set.clone(), set.clone());
    let save = move |f: fn(&mut Pair, String)| {
        let set = set.clone();
        Callback::new(move |v: String| set(Box::new(move |g| f(g, v))))
    };
    let form = {
        let id = id.clone();
        move || state.data.with(|d| d.pair(&id).map(|g| g.form))
    };
    // A refused change (no reason to end early) leaves the data as it was: the select shows
    // the status that is kept, not the one refused.
    let status = {
        let id = id.clone();
        move || state.data.with(|d| d.pair(&id).map(|g| g.status))
    };
    view! {
        <Card id="pair-details" title="Сведения" h2=true error=error>
            <div class="meta-grid">
                <div class="field">
                    <label for="pair-form">"Форма наставничества"</label>
                    <EnumSelect id="pair-form" selected=form on_change=move |f| s1(Box::new(move |g| g.form = f)) />
                </div>
                <InputField id="pair-start" label="Начало" kind="date" lazy=true
                    read=text(|g| &g.start) write=save(|g, v| g.start = v) />
                <InputField id="pair-end" label="Плановое окончание" kind="date" lazy=true
                    read=text(|g| &g.end) write=save(|g, v| g.end = v) />
                <div class="field">
                    <label for="pair-status">"Статус"</label>
                    <EnumSelect id="pair-status" selected=status.clone() on_change=move |st| s4(Box::new(move |g| g.status = st)) />
                </div>
                <InputField id="pair-reason" label="Причина прекращения (если прекращена)" maxlength=500
                    read=text(|g| &g.reason) write=save(|g, v| g.reason = v) />
            </div>
            {move || (status() == Some(PairStatus::Terminated)).then(|| view! { <p class="hint">"Прекращённая пара не входит в приказ о закреплении пар; наставляемый снова в списке «без пары»."</p> })}
        </Card>
    }
}

#[component]
fn DeletePair(id: String) -> impl IntoView {
    let (state, error) = use_edit();
    let delete = Callback::new(
        move |()| match state.change(|d| d.delete_pair(&id).map(|_| ())) {
            Ok(()) => navigate(&Route::Stage(5)),
            Err(e) => error.set(Some(e)),
        },
    );
    view! {
        <Card id="pair-delete" title="Удалить пару (группу)" h2=true class="danger-zone" error=error>
            <p class="hint">"Если пара работала и закончилась, лучше отметить статус «завершена» или «прекращена»: история и ПНП сохранятся."</p>
            <ConfirmButton label="Удалить пару…" question="Пара, её ПНП с отметками и история замен будут удалены."
                confirm="Удалить" danger=true group="Подтверждение удаления пары" on_confirm=delete />
        </Card>
    }
}
