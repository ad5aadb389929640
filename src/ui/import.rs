//! «Импорт списка педагогов»: a CSV or XLSX file the school already has → preview with
//! column mapping, per-row errors (fixable in place), duplicates → confirmation. Nothing in
//! the register changes before «Добавить».

use leptos::prelude::*;

use crate::domain::format::count;
use crate::domain::import::{Column, ImportRole, ImportSession, RowCheck};
use crate::storage::clock;

use super::file_import::FileImport;
use super::router::{navigate, Route};

/// Rows of the preview shown at a time.
const PAGE: usize = 100;
use super::state::use_state;
use super::widgets::{Card, EnumSelect, ErrorText, FilePicker, ShowMore};

#[component]
pub fn ImportPage() -> impl IntoView {
    let state = use_state();
    let (flow, on_read) = FileImport::reading(state.data, |name, table, d| {
        ImportSession::new(name, table, &d.people, &clock::today_local_iso())
    });
    let session = flow.session;

    let chosen = move || session.with(|s| s.as_ref().map_or(0, ImportSession::chosen));
    let confirm = move |_| {
        let Some(people) = session.with_untracked(|s| s.as_ref().map(ImportSession::people)) else {
            return;
        };
        let n = people.len();
        match state.change(|d| d.add_people(people).map(|_| ())) {
            Ok(()) => {
                flow.reset();
                state.notice.set(Some((
                    Route::People,
                    format!(
                        "Добавлено в реестр: {}.",
                        count(n as u64, ["педагог", "педагога", "педагогов"])
                    ),
                )));
                navigate(&Route::People);
            }
            Err(e) => flow.error.set(Some(e)),
        }
    };

    view! {
        <p class="eyebrow"><a href=Route::People.href()>"Педагоги"</a></p>
        <h1 tabindex="-1">"Импорт списка педагогов"</h1>
        <p>
            "Загрузите список, который уже есть у школы: таблицу Excel (XLSX) или CSV "
            "(UTF-8 или Windows-1251, разделитель «;» или «,»). Первая строка с названиями столбцов — заголовок: "
            "«ФИО», «Должность», «Предмет», «Стаж», «Дата рождения», «Категория», «Телефон», «E-mail»; "
            "если есть — «Роль» («наставник», «наставляемый», «молодой специалист») и даты согласий "
            "(«Согласие на обработку ПД», «Согласие на публикацию», «Согласие на наставничество (ст. 351.8)»; "
            "«да» вместо даты отмечает согласие сегодняшним числом). "
            "Ничего не изменится, пока вы не подтвердите добавление."
        </p>
        <FilePicker id="import-file" label="Файл со списком педагогов" input=flow.input on_read />
        <ErrorText message=flow.error testid="import-error" />
        {move || {
            flow.generation.get();
            session.get_untracked().map(|first| view! {
                <Preview session first />
                <div class="actions">
                    <button type="button" class="btn btn-primary" data-testid="import-confirm"
                        disabled=move || chosen() == 0
                        on:click=confirm>
                        {move || format!("Добавить в реестр: {}", count(chosen() as u64, ["педагог", "педагога", "педагогов"]))}
                    </button>
                    <button type="button" class="btn" on:click=move |_| {
                        flow.close();
                    }>"Отменить импорт"</button>
                </div>
            })
        }}
    }
}

#[component]
fn Preview(session: RwSignal<Option<ImportSession>>, first: ImportSession) -> impl IntoView {
    let width = first.table.headers.len();
    // Long lists show a page at a time, as the register does: thousands of rows (each with
    // its memos) would take seconds to build.
    let limit = RwSignal::new(PAGE);
    let total = first.table.rows.len();
    let numbers: Vec<usize> = first.table.rows.iter().map(|(n, _)| *n).collect();
    let summary = move || session.with(|s| s.as_ref().map(ImportSession::summary));
    let mapping_error = move || session.with(|s| s.as_ref().and_then(|s| s.mapping_error.clone()));
    let edit = move |f: &mut dyn FnMut(&mut ImportSession)| {
        session.update(|s| {
            if let Some(s) = s {
                f(s)
            }
        })
    };
    view! {
        <Card id="import-preview" title=format!("Предпросмотр: «{}»", first.file_name) h2=true>
            <p role="status" data-testid="import-summary">{summary}</p>
            <h3>"Что в каком столбце"</h3>
            <p class="hint">"Столбцы распознаны по заголовкам; проверьте и при необходимости выберите поле вручную."</p>
            <div class="mapping">
                {first.table.headers.iter().enumerate().map(|(col, header)| {
                    let sample = first.table.rows.iter().map(|(_, c)| c[col].clone()).find(|v| !v.is_empty()).unwrap_or_default();
                    let current = move || session.with(|s| s.as_ref().map(|s| s.columns[col]).unwrap_or(Column::Ignore));
                    view! {
                        <div class="field">
                            <label for=format!("map-{col}")>"Столбец «" {header.clone()} "»"</label>
                            <EnumSelect id=format!("map-{col}") testid="map" selected=move || Some(current())
                                on_change=move |c: Column| edit(&mut |s| s.set_column(col, c)) />
                            {(!sample.is_empty()).then(|| view! { <span class="hint">"например: " {sample}</span> })}
                        </div>
                    }
                }).collect_view()}
            </div>
            <ErrorText message=mapping_error />
            <div class="field">
                <label for="import-role">"Роль добавляемых педагогов"</label>
                <EnumSelect id="import-role" selected=move || session.with(|s| s.as_ref().map(|s| s.role))
                    on_change=move |role: ImportRole| edit(&mut |s| s.role = role) />
            </div>
            <h3>"Строки"</h3>
            <p class="hint">"Строки с ошибками можно исправить прямо в таблице. Повторы не добавляются, если не отметить их вручную."</p>
            <div class="table-wrap">
                <table class="registry import-table">
                    <caption class="visually-hidden">"Строки файла и результат проверки"</caption>
                    <thead><tr>
                        {["Строка", "Проверка", "Добавить"].into_iter().map(String::from).chain(first.table.headers.iter().cloned())
                            .map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {move || numbers.iter().take(limit.get()).enumerate().map(|(i, number)| view! {
                            <ImportRow i width number=*number session />
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <ShowMore limit total=total page=PAGE counter="строк" testid="import-more" />
        </Card>
    }
}

#[component]
fn ImportRow(
    i: usize,
    width: usize,
    number: usize,
    session: RwSignal<Option<ImportSession>>,
) -> impl IntoView {
    // Memos: a row's cells re-render only when its own check changes.
    let check =
        Memo::new(move |_| session.with(|s| s.as_ref().and_then(|s| s.checks.get(i).cloned())));
    let editable =
        Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(|s| s.editable.contains(&i))));
    let included = Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(|s| s.included(i))));
    let cell = move |col: usize| {
        session.with_untracked(|s| {
            s.as_ref()
                .and_then(|s| s.cells.get(i).and_then(|r| r.get(col)).cloned())
                .unwrap_or_default()
        })
    };
    let header = move |col: usize| {
        session.with_untracked(|s| {
            s.as_ref()
                .map(|s| s.table.headers[col].clone())
                .unwrap_or_default()
        })
    };
    let bad = move || check.with(|c| c.as_ref().is_some_and(|c| !c.ok()));
    view! {
        <tr data-row=number class:bad=bad
            class:dup=move || check.with(|c| c.as_ref().is_some_and(|c| c.duplicate.is_some()))>
            <th scope="row">{number}</th>
            <td data-testid="row-check">{move || check.get().map(check_view)}</td>
            <td>
                <input type="checkbox" aria-label=format!("Добавить строку {number}")
                    prop:checked=move || included.get()
                    disabled=move || !check.with(|c| c.as_ref().is_some_and(RowCheck::ok))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        session.update(|s| if let Some(s) = s { s.set_included(i, on) });
                    } />
            </td>
            {(0..width).map(|col| view! {
                <td>{move || if editable.get() {
                    view! {
                        <input type="text" class="cell-input" maxlength="500"
                            aria-label=format!("Строка {number}, «{}»", header(col))
                            prop:value=cell(col)
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                session.update(|s| if let Some(s) = s { s.set_cell(i, col, v) });
                            } />
                    }.into_any()
                } else {
                    view! { <span>{cell(col)}</span> }.into_any()
                }}</td>
            }).collect_view()}
        </tr>
    }
}

fn check_view(c: RowCheck) -> AnyView {
    if !c.ok() {
        view! { <ul class="row-errors">{c.errors.into_iter().map(|e| view! { <li class="error">{e}</li> }).collect_view()}</ul> }.into_any()
    } else if let Some(d) = c.duplicate {
        view! { <span class="flag">"Повтор: " {d}</span> }.into_any()
    } else {
        view! { <span class="ok">"верно"</span> }.into_any()
    }
}
