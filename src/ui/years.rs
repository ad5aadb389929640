//! The academic years: «Новый учебный год» on the overview, the year selector in the header
//! and the banner of a past year shown read-only. The rules are in `domain::years`.

use leptos::prelude::*;

use crate::domain::years::{next_academic_year, rollover, running_pairs, RolloverPlan};
use crate::storage::clock;

use super::router::Route;
use super::state::{use_state, AppState};
use super::widgets::{Card, ErrorText};

/// «Учебный год»: the current year and the past ones; shown only when there are past years.
#[component]
pub fn YearSelect() -> impl IntoView {
    let state = use_state();
    let labels = Memo::new(move |_| {
        state.viewing.track();
        state.data.with(|_| ());
        state.year_labels()
    });
    let error = RwSignal::new(None::<String>);
    let pick = move |value: String| {
        let (_, current) = labels.get_untracked();
        if value == current {
            state.show_current();
            error.set(None);
        } else {
            error.set(state.show_year(&value).err());
        }
    };
    move || {
        let (past, current) = labels.get();
        (!past.is_empty()).then(|| {
            let shown = state.viewing.get().unwrap_or_else(|| current.clone());
            view! {
                <label class="year-select">
                    "Учебный год "
                    <select data-testid="year-select" on:change=move |ev| pick(event_target_value(&ev))>
                        <option value=current.clone() selected=shown == current>
                            {format!("{current} (текущий)")}
                        </option>
                        {past
                            .into_iter()
                            .rev()
                            .map(|l| view! { <option value=l.clone() selected=shown == l>{l.clone()}</option> })
                            .collect_view()}
                    </select>
                </label>
                <ErrorText message=error />
            }
        })
    }
}

/// «Вы смотрите 2026/2027 — только чтение», with the way back and the last refusal.
#[component]
pub fn PastYearBanner() -> impl IntoView {
    let state = use_state();
    move || {
        state.viewing.get().map(|label| {
            let current = state.year_labels().1;
            view! {
                <div class="banner banner-info past-year" role="status" data-testid="past-year-banner">
                    <p>
                        <strong>{format!("Вы смотрите {label} — только чтение. ")}</strong>
                        "Все разделы открываются, документы и отчёт скачиваются, но изменить прошлый год нельзя."
                    </p>
                    <button type="button" class="btn btn-primary" on:click=move |_| state.show_current()>
                        {format!("Вернуться к текущему году ({current})")}
                    </button>
                    <ErrorText message=state.refused />
                </div>
            }
        })
    }
}

/// One running pair with its choice: carry over or close.
fn pair_choice(state: AppState, plan: RwSignal<RolloverPlan>, id: String) -> impl IntoView {
    let label = state
        .data
        .with_untracked(|d| d.pair(&id).map(|g| d.pair_label(g)).unwrap_or_default());
    let name = format!("rollover-{id}");
    let carry = {
        let id = id.clone();
        move || plan.with(|p| p.carry.contains(&id))
    };
    let id = StoredValue::new(id);
    let set = move |on: bool| plan.update(|p| id.with_value(|id| p.set(id, on)));
    view! {
        <li class="rollover-pair">
            <span>{label}</span>
            <label>
                <input type="radio" name=name.clone() value="carry" prop:checked=carry.clone() on:change=move |_| set(true) />
                " перенести"
            </label>
            <label>
                <input type="radio" name=name value="close" prop:checked=move || !carry() on:change=move |_| set(false) />
                " закрыть"
            </label>
        </li>
    }
}

/// The form of «Новый учебный год»: the archive first, the running pairs, then the start.
#[component]
fn RolloverForm(open: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let plan = RwSignal::new(state.data.with_untracked(RolloverPlan::suggested));
    let error = RwSignal::new(None::<String>);
    let (year, next) = state.data.with_untracked(|d| {
        let y = d.profile.academic_year.trim().to_string();
        (y.clone(), next_academic_year(&y))
    });
    let ids: Vec<String> = state
        .data
        .with_untracked(|d| running_pairs(d).map(|g| g.id.clone()).collect());
    let none = ids.is_empty();
    let closed = year.clone();
    let start = move |_| {
        let today = clock::today_local_iso();
        let next = state
            .data
            .with_untracked(|d| plan.with_untracked(|p| rollover(d, p, &today)));
        match next.and_then(|d| {
            let label = d.profile.academic_year.clone();
            state.import(d).map(|()| label)
        }) {
            Ok(label) => {
                open.set(false);
                state.notice.set(Some((
                    Route::Overview,
                    format!(
                        "Начат {label} учебный год. {closed} сохранён целиком и открывается только для чтения: \
                         выберите его в шапке, в поле «Учебный год»."
                    ),
                )));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let next = match next {
        Ok(n) => n,
        Err(e) => return view! { <p class="error" role="alert">{e}</p> }.into_any(),
    };
    view! {
        <div class="rollover-form" role="group" aria-label="Новый учебный год" data-testid="rollover-form">
            <p><strong>"1. Скачайте архив"</strong> " — резервную копию всех данных до перехода."</p>
            <button type="button" class="btn" on:click=move |_| error.set(state.download_archive().err())>
                "Скачать архив"
            </button>
            <p><strong>"2. Действующие пары и группы"</strong> " — перенесённые сохраняют ПНП и историю, закрытые завершаются в " {year.clone()} "."</p>
            {if none {
                view! { <p class="muted">"Действующих пар и групп нет."</p> }.into_any()
            } else {
                let data = state.data;
                view! {
                    <div class="actions">
                        <button type="button" class="btn btn-small" on:click=move |_| plan.set(data.with_untracked(RolloverPlan::carry_all))>"Перенести все"</button>
                        <button type="button" class="btn btn-small" on:click=move |_| plan.set(RolloverPlan::close_all())>"Закрыть все"</button>
                    </div>
                    <ul class="rollover-pairs">
                        {ids.into_iter().map(|id| pair_choice(state, plan, id)).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p><strong>"3. Начните " {next.clone()}</strong> ". Остаются реестр педагогов, действующие согласия, анкеты (с пометкой «прошлого года», пока их не обновят), "
                "области затруднений, методическая копилка, правовые основания и настройки документов. Дорожная карта начинается заново со сроками на год позже, "
                "номера и даты документов очищаются, мониторинг, обучение наставников и итоговое мероприятие — с нуля."</p>
            <div class="actions">
                <button type="button" class="btn btn-primary" on:click=start>{format!("Начать {next} учебный год")}</button>
                <button type="button" class="btn" on:click=move |_| open.set(false)>"Отмена"</button>
            </div>
            <ErrorText message=error />
        </div>
    }
    .into_any()
}

/// «Новый учебный год» on the overview (not while a past year is shown).
#[component]
pub fn RolloverCard() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    move || {
        state.viewing.get().is_none().then(|| {
            let year = state.data.with(|d| d.profile.academic_year.trim().to_string());
            view! {
                <Card h2=true id="rollover-title" title="Новый учебный год" testid="rollover">
                    <p class="muted">
                        {if year.is_empty() { "Учебный год не указан в профиле школы.".to_string() } else { format!("Текущий учебный год: {year}.") }}
                        " Когда год закончен, начните следующий: завершённый год сохранится целиком, его можно будет открыть и скачать, но не изменить."
                    </p>
                    {move || if open.get() {
                        view! { <RolloverForm open=open /> }.into_any()
                    } else {
                        view! { <button type="button" class="btn" on:click=move |_| open.set(true)>"Новый учебный год…"</button> }.into_any()
                    }}
                </Card>
            }
        })
    }
}
