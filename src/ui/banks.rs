//! Bank decisions (stages 2–3) and work on many people at once: the decision block of a
//! person, the list of people waiting for a decision, and the bulk bar of the register and the
//! banks. The rules are in `domain::banks` and `domain::bulk`.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::banks::{decide_bank, inclusion_blocks, waiting, Bank, Decision};
use crate::domain::bulk::{apply_bulk, combined_document, BulkAction, Refusal};
use crate::domain::bulk_menu::BulkChoice;
use crate::domain::data::SchoolData;
use crate::domain::format::count;
use crate::domain::people::BankStatus;
use crate::domain::register::waiting_summary;
use crate::storage::clock;

use super::people::person_memo;
use super::router::{navigate, Route};
use super::state::{use_edit, use_state};
use super::widgets::{EnumSelect, ErrorText};

fn today() -> String {
    clock::today_local_iso()
}

/// A person's place in a bank and the coordinator's decision: «Включить в банк»,
/// «Исключить» with a reason, «Вернуть в кандидаты». `compact`: one line, for lists.
#[component]
pub fn BankDecision(pid: String, bank: Bank, #[prop(optional)] compact: bool) -> impl IntoView {
    let (state, error) = use_edit();
    let info = person_memo(&pid, move |p| {
        let blocks = inclusion_blocks(p, bank).join("; ");
        Some((bank.status(p)?, bank.decision_text(p)?, blocks))
    });
    let reason = RwSignal::new(String::new());
    let decide = move |pid: String, decision: Decision| {
        let r = state.change(|d| decide_bank(d, &pid, bank, &decision, &today()));
        if r.is_ok() {
            reason.set(String::new());
        }
        error.set(r.err().map(|e| format!("Не выполнено: {e}.")));
    };
    let reason_id = format!("bank-reason-{}-{pid}", bank.key());
    move || {
        let Some((status, state_text, blocks)) = info.get() else {
            return ().into_any();
        };
        let (p1, p2, p3) = (pid.clone(), pid.clone(), pid.clone());
        let reason_id = reason_id.clone();
        view! {
            <div class="bank-decision" class:compact=compact data-bank=bank.key() data-testid=format!("bank-decision-{}", bank.key())>
                {(!compact).then(|| view! {
                    <p><strong>{if bank == Bank::Mentees { "Банк наставляемых: " } else { "Банк наставников: " }}</strong>
                        <span data-testid="bank-status">{state_text.clone()}</span></p>
                })}
                // In a list the row already says why.
                {(!compact && status != BankStatus::Included && !blocks.is_empty()).then(|| view! {
                    <p class="flag" data-testid="bank-blocks">"Нельзя включить: " {blocks.clone()}</p>
                })}
                <div class="inline-form">
                    {(status != BankStatus::Included && (!compact || blocks.is_empty())).then(|| view! {
                        <button type="button" class="btn btn-small btn-primary" data-testid="bank-include"
                            disabled=!blocks.is_empty() on:click=move |_| decide(p1.clone(), Decision::Include)>"Включить в банк"</button>
                    })}
                    {(status != BankStatus::Excluded).then(|| view! {
                        <label class="visually-hidden" for=reason_id.clone()>"Причина исключения"</label>
                        <input id=reason_id.clone() type="text" maxlength="500" placeholder="Причина исключения" data-testid="bank-reason"
                            prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev)) />
                        <button type="button" class="btn btn-small" data-testid="bank-exclude"
                            on:click=move |_| decide(p2.clone(), Decision::Exclude(reason.get_untracked()))>"Исключить"</button>
                    })}
                    {(status != BankStatus::Candidate).then(|| view! {
                        <button type="button" class="btn btn-small" data-testid="bank-candidate"
                            on:click=move |_| decide(p3.clone(), Decision::Candidate)>"Вернуть в кандидаты"</button>
                    })}
                </div>
                <ErrorText message=error />
            </div>
        }
        .into_any()
    }
}

/// Rows of the waiting list shown at once.
const WAITING_SHOWN: usize = 30;

/// The bank's candidates waiting for a decision, with why each cannot be included yet.
#[component]
pub fn WaitingList(bank: Bank) -> impl IntoView {
    let state = use_state();
    // (id, name, blocks) of the candidates.
    let list = state.read(move |d| {
        waiting(d, bank)
            .into_iter()
            .map(|(p, b)| (p.id.clone(), p.full_name.clone(), b.join("; ")))
            .collect::<Vec<_>>()
    });
    // Candidates with nothing missing: counted once per change of the list, for the summary
    // and the «Включить в банк всех готовых» button.
    let ready_count =
        Memo::new(move |_| list.with(|l| l.iter().filter(|(_, _, b)| b.is_empty()).count()));
    let summary = move || waiting_summary(list.with(Vec::len), ready_count.get());
    // «Включить всех готовых»: one bulk decision over every ready candidate (one change, one
    // save), with the same report as the bulk bar.
    let done = RwSignal::new(None::<Result<String, String>>);
    let include_ready = move |_| {
        let ids: Vec<String> = list.with_untracked(|l| {
            l.iter()
                .filter(|(_, _, b)| b.is_empty())
                .map(|(id, _, _)| id.clone())
                .collect()
        });
        let action = BulkAction::Decide(bank, Decision::Include);
        let mut message = String::new();
        let r = state.change(|d| {
            message = apply_bulk(d, &ids, &action, &today())?.message();
            Ok(())
        });
        done.set(Some(r.map(|()| message)));
    };
    view! {
        <section class="card waiting" aria-labelledby=format!("waiting-{}", bank.key()) data-testid="waiting">
            <h3 id=format!("waiting-{}", bank.key())>"Решения по кандидатам"</h3>
            <p data-testid="waiting-summary">{summary}</p>
            {move || (ready_count.get() > 0).then(|| view! {
                <p><button type="button" class="btn btn-primary" data-testid="include-ready" on:click=include_ready>
                    {move || format!("Включить в банк всех готовых ({})", ready_count.get())}
                </button></p>
            })}
            {move || done.get().map(|r| match r {
                Ok(m) => view! { <p class="notice" role="status" data-testid="include-ready-report">{m}</p> }.into_any(),
                Err(e) => view! { <p class="error" role="alert" data-testid="include-ready-report">{format!("Не выполнено: {e}.")}</p> }.into_any(),
            })}
            <p class="hint">
                "Включить в банк можно педагога с согласием на обработку персональных данных и заполненной анкетой"
                {(bank == Bank::Mentors).then_some(", а наставника — ещё и с письменным согласием на наставничество (ст. 351.8 ТК РФ)")}
                ". В подбор пар (этап 4) попадают только включённые. Многих сразу — отметьте в списке ниже и выберите действие."
            </p>
            <ul class="waiting-list">
                <For each=move || list.get().into_iter().take(WAITING_SHOWN) key=|(id, _, b)| (id.clone(), b.clone()) let((id, name, blocks))>
                    <li data-person=id.clone()>
                        <a href=Route::Person(id.clone()).href()>{name}</a>
                        {if blocks.is_empty() {
                            view! { <span class="ok">" — готов к включению"</span> }.into_any()
                        } else {
                            view! { <span class="flag">" — " {blocks}</span> }.into_any()
                        }}
                        <BankDecision pid=id.clone() bank=bank compact=true />
                    </li>
                </For>
            </ul>
            {move || {
                let more = list.with(Vec::len).saturating_sub(WAITING_SHOWN);
                (more > 0).then(|| view! {
                    <p class="muted">{format!("…и ещё {}: отберите их в списке (статус «кандидат») и примените действие ко всем сразу.", count(more as u64, ["педагог", "педагога", "педагогов"]))}</p>
                })
            }}
        </section>
    }
}

/// The report of the last bulk action, with the data before and after it (for «Отменить»).
#[derive(Clone)]
struct LastBulk {
    message: String,
    refused_title: Option<String>,
    refused: Vec<Refusal>,
    undo: Option<(SchoolData, SchoolData)>,
}

/// Refusals listed at most.
const REFUSALS_SHOWN: usize = 50;

/// The selection's count and the bulk actions. `found`: the ids of the current search.
#[component]
pub fn BulkBar(
    selected: RwSignal<BTreeSet<String>>,
    found: Memo<Vec<String>>,
    bank: Option<Bank>,
    prefix: &'static str,
) -> impl IntoView {
    let (state, error) = use_edit();
    let action = RwSignal::new(None::<BulkChoice>);
    let date = RwSignal::new(today());
    let reason = RwSignal::new(String::new());
    let last = RwSignal::new(None::<LastBulk>);
    let apply = move || {
        error.set(None);
        let choice = action.get_untracked();
        let ids: Vec<String> = selected.with_untracked(|s| s.iter().cloned().collect());
        if ids.is_empty() {
            error.set(Some("Никто не выбран: отметьте педагогов в списке.".into()));
            return;
        }
        if let Some(kind) = choice.and_then(BulkChoice::document) {
            let (doc, refused) = state
                .data
                .with_untracked(|d| combined_document(kind, d, &ids));
            if doc.is_some() {
                navigate(&Route::PersonDocument(kind, ids.join(",")));
            } else {
                last.set(Some(LastBulk {
                    message: "Документ не сформирован: он не подходит ни к одному из выбранных"
                        .into(),
                    refused_title: Some("Не подходит:".into()),
                    refused,
                    undo: None,
                }));
            }
            return;
        }
        let Some(bulk) =
            choice.and_then(|c| c.action(&date.get_untracked(), &reason.get_untracked()))
        else {
            error.set(Some("Выберите действие.".into()));
            return;
        };
        let before = state.data.get_untracked();
        let mut report = None;
        let result = state.change(|d| {
            report = Some(apply_bulk(d, &ids, &bulk, &today())?);
            if report.as_ref().is_some_and(|r| r.applied.is_empty()) {
                // Nothing changed: no save, nothing to undo.
                return Err(String::new());
            }
            Ok(())
        });
        match (result, report) {
            (Err(e), _) if !e.is_empty() => error.set(Some(format!("{e}."))),
            (_, Some(r)) => {
                let undo = (!r.applied.is_empty()).then(|| (before, state.data.get_untracked()));
                if undo.is_some() && choice.is_some_and(BulkChoice::needs_reason) {
                    reason.set(String::new());
                }
                last.set(Some(LastBulk {
                    message: r.message(),
                    refused_title: r.refused_title(),
                    refused: r.refused,
                    undo,
                }));
            }
            _ => {}
        }
    };
    let undo = move || {
        let Some(l) = last.get_untracked() else {
            return;
        };
        let Some((before, after)) = l.undo else {
            return;
        };
        let same = state.data.with_untracked(|d| *d == after);
        if !same {
            error.set(Some(
                "Отменить нельзя: после этого действия данные уже менялись.".into(),
            ));
            return;
        }
        if let Err(e) = state.change(move |d| {
            *d = before;
            Ok(())
        }) {
            error.set(Some(e));
            return;
        }
        last.set(Some(LastBulk {
            message: format!("Отменено: {}", l.message),
            refused_title: None,
            refused: Vec::new(),
            undo: None,
        }));
    };
    let action_id = format!("{prefix}-bulk-action");
    let date_id = format!("{prefix}-bulk-date");
    let reason_id = format!("{prefix}-bulk-reason");
    view! {
        <div class="bulk-bar" role="group" aria-label="Действия с выбранными" data-testid="bulk-bar">
            <Selection selected found />
            <form class="bulk-form" on:submit=move |ev| { ev.prevent_default(); apply(); }>
                <label for=action_id.clone()>"Действие"</label>
                <EnumSelect id=action_id testid="bulk-action" selected=move || action.get() options=BulkChoice::offered(bank)
                    empty="— выберите —" on_empty=Callback::new(move |()| { error.set(None); action.set(None) })
                    on_change=move |c| { error.set(None); action.set(Some(c)) } />
                {move || action.get().is_some_and(BulkChoice::needs_date).then(|| view! {
                    <label for=date_id.clone()>"Дата согласия"</label>
                    <input id=date_id.clone() type="date" data-testid="bulk-date" prop:value=move || date.get()
                        on:change=move |ev| date.set(event_target_value(&ev)) />
                })}
                {move || action.get().is_some_and(BulkChoice::needs_reason).then(|| view! {
                    <label for=reason_id.clone()>"Причина"</label>
                    <input id=reason_id.clone() type="text" maxlength="500" data-testid="bulk-reason" prop:value=move || reason.get()
                        on:input=move |ev| reason.set(event_target_value(&ev)) />
                })}
                <button type="submit" class="btn btn-primary" data-testid="bulk-apply"
                    disabled=move || action.with(Option::is_none) || selected.with(BTreeSet::is_empty)>"Применить"</button>
            </form>
            <ErrorText message=error testid="bulk-error" />
            {move || last.get().map(|l| view! { <BulkReport l undo=Callback::new(move |()| undo()) /> })}
        </div>
    }
}

/// How many are selected, «Выбрать всех найденных», «Снять выбор».
#[component]
fn Selection(selected: RwSignal<BTreeSet<String>>, found: Memo<Vec<String>>) -> impl IntoView {
    let count_text = move || {
        let n = selected.with(BTreeSet::len);
        let in_list =
            selected.with(|s| found.with(|f| f.iter().filter(|id| s.contains(*id)).count()));
        if n == in_list {
            format!("Выбрано: {n}")
        } else {
            format!("Выбрано: {n} (в текущем списке: {in_list})")
        }
    };
    view! {
        <div class="bulk-selection">
            <strong data-testid="selection-count" aria-live="polite">{count_text}</strong>
            <button type="button" class="btn btn-small" data-testid="select-all-found"
                on:click=move |_| found.with_untracked(|f| selected.update(|s| s.extend(f.iter().cloned())))>
                {move || format!("Выбрать всех найденных ({})", found.with(Vec::len))}
            </button>
            <button type="button" class="btn btn-small" data-testid="select-none"
                disabled=move || selected.with(BTreeSet::is_empty)
                on:click=move |_| selected.set(BTreeSet::new())>"Снять выбор"</button>
        </div>
    }
}

/// The report of the last bulk action: what was done, «Отменить», who was refused and why.
#[component]
fn BulkReport(l: LastBulk, undo: Callback<()>) -> impl IntoView {
    let can_undo = l.undo.is_some();
    let more = l.refused.len().saturating_sub(REFUSALS_SHOWN);
    view! {
        <div class="bulk-report" role="status" data-testid="bulk-report">
            <p><strong data-testid="bulk-message">{l.message.clone()}</strong>
                {can_undo.then(|| view! {
                    " " <button type="button" class="btn btn-small" data-testid="bulk-undo" on:click=move |_| undo.run(())>"Отменить"</button>
                })}
            </p>
            {l.refused_title.clone().map(|t| view! {
                <p class="flag">{t}</p>
                <ul data-testid="bulk-refused">
                    {l.refused.iter().take(REFUSALS_SHOWN).map(|r| view! {
                        <li data-person=r.id.clone()>{r.name.clone()} " — " {r.reason.clone()}</li>
                    }).collect_view()}
                </ul>
                {(more > 0).then(|| view! { <p class="muted">{format!("…и ещё {more}")}</p> })}
            })}
        </div>
    }
}
