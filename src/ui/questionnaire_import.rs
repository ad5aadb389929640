//! Stages 2–3: a bank's questionnaire collected with an online form — where to collect it and
//! why (152-ФЗ), «Вопросы для онлайн-формы» to copy into the builder, and the import of the
//! form's export with preview, column mapping, matching to the register and per-row errors.
//! Nothing is saved before «Загрузить ответы».

use leptos::prelude::*;

use crate::domain::import::questionnaire::{fields, form_text, Field, FormImport};
use crate::domain::monitoring::Audience;
use crate::storage::clock;

use super::file_import::FileImport;
use super::router::Route;
use super::state::use_state;
use super::widgets::{ColumnHeads, CopyButton, ErrorText, FilePicker, ShowMore};

/// Rows of the preview shown at a time.
const PAGE: usize = 100;

#[component]
pub fn BankForms(stage: u8) -> impl IntoView {
    let state = use_state();
    let audience = Audience::of_bank_stage(stage);
    let key = audience.key();
    let blank = audience.blank();
    let questions = state.read(move |d| form_text(d, audience));
    let (flow, on_read) = FileImport::reading(state.data, move |name, table, d| {
        FormImport::new(name, table, d, audience, &clock::today_local_iso())
    });
    let session = flow.session;
    let chosen = move || session.with(|s| s.as_ref().map_or(0, FormImport::chosen));
    let confirm = move |_| {
        let Some(s) = session.get_untracked() else {
            return;
        };
        let mut message = String::new();
        let saved = state.change(|d| {
            s.apply(d).map(|o| {
                message = o.message(audience);
            })
        });
        flow.saved(saved, || message);
    };
    let title_id = format!("bank-forms-{key}-title");
    let heading_id = title_id.clone();
    view! {
        <section class="card bank-forms" aria-labelledby=title_id.clone() data-testid=format!("bank-forms-{key}")>
            <h2 id=heading_id>"Анкеты через онлайн-форму"</h2>
            <p>
                "С 1 июля 2025 года персональные данные граждан России нельзя собирать сразу в базы данных за рубежом "
                "(ч. 5 ст. 18 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»). Ответы Google Форм "
                "хранятся на серверах за рубежом, поэтому для анкет рекомендуем "
                <strong>"Яндекс Формы"</strong>
                ": их данные хранятся в России. Кому удобнее на бумаге — распечатайте "
                <a href=Route::Document(blank).href()>"бланк анкеты"</a>
                "; ответы с бумаги вносятся в карточке педагога."
            </p>
            <h3 id=format!("form-questions-{key}-title")>"Вопросы для онлайн-формы"</h3>
            <p class="hint">
                "Создайте форму и перенесите в неё вопросы из текста ниже, не меняя их формулировок: по ним программа сама "
                "узнает столбцы выгрузки. Области — ваш перечень областей затруднений (его можно изменить ниже на этой странице)."
            </p>
            <textarea class="form-questions post-text" rows="12" readonly
                aria-labelledby=format!("form-questions-{key}-title")
                data-testid=format!("form-questions-{key}")
                prop:value=move || questions.get()></textarea>
            <div class="actions">
                <CopyButton done="Вопросы скопированы" hidden=" вопросы для онлайн-формы" testid="form-questions-copy"
                    text=Callback::new(move |()| questions.get_untracked()) />
            </div>
            <h3>"Загрузка ответов формы"</h3>
            <p class="hint">
                "В Яндекс Формах откройте «Ответы» → «Скачать» (CSV или XLSX); в Google Формах — «Ответы» → «Скачать ответы (CSV)». "
                "Педагоги находятся в реестре по ФИО (ё и е, лишние пробелы, инициалы не мешают); кого нет в реестре, можно добавить. "
                "Ничего не сохранится, пока вы не нажмёте «Загрузить ответы»."
            </p>
            <FilePicker id=format!("answers-file-{key}") label="Файл выгрузки ответов" input=flow.input
                testid=format!("answers-file-{key}") on_read />
            {move || flow.done.get().map(|m| view! { <p role="status" class="ok" data-testid="answers-done">{m}</p> })}
            <ErrorText message=flow.error testid="answers-error" />
            {move || {
                flow.generation.get();
                session.get_untracked().map(|first| view! {
                    <Preview session first audience />
                    <div class="actions">
                        <button type="button" class="btn btn-primary" data-testid="answers-confirm"
                            disabled=move || chosen() == 0 on:click=confirm>
                            {move || format!("Загрузить ответы: {}", chosen())}
                        </button>
                        <button type="button" class="btn" on:click=move |_| flow.close()>"Отменить"</button>
                    </div>
                })
            }}
        </section>
    }
}

#[component]
fn Preview(
    session: RwSignal<Option<FormImport>>,
    first: FormImport,
    audience: Audience,
) -> impl IntoView {
    let state = use_state();
    let key = audience.key();
    let limit = RwSignal::new(PAGE);
    let options: Vec<(String, String)> = state.data.with_untracked(|d| {
        fields(d, audience)
            .into_iter()
            .map(|f| (f.key(), f.label(d)))
            .collect()
    });
    let edit = move |col: usize, f: Field| {
        session.update(|s| {
            if let Some(s) = s {
                state.data.with_untracked(|d| s.set_field(col, f, d));
            }
        })
    };
    let total = first.source.table.rows.len();
    view! {
        <div data-testid="answers-preview">
            <h4>"Предпросмотр: «" {first.source.file_name.clone()} "»"</h4>
            <p role="status" data-testid="answers-summary">{move || session.with(|s| s.as_ref().map(FormImport::summary))}</p>
            <details open=first.mapping_error.is_some()>
                <summary>"Что в каком столбце"</summary>
                <p class="hint">"Столбцы распознаны по заголовкам; служебные столбцы формы («ID», «Время создания») не загружаются. Проверьте и при необходимости выберите поле вручную."</p>
                <div class="mapping">
                    {first.source.table.headers.iter().enumerate().map(|(col, h)| {
                        let current = first.source.columns[col].key();
                        let id = format!("amap-{key}-{col}");
                        view! {
                            <div class="field">
                                <label for=id.clone()>"Столбец «" {h.clone()} "»"</label>
                                <select id=id data-testid="answers-map" on:change=move |ev| {
                                    edit(col, Field::from_key(&event_target_value(&ev)));
                                }>
                                    {options.iter().map(|(k, label)| view! {
                                        <option value=k.clone() selected=*k == current>{label.clone()}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </details>
            <ErrorText message=move || session.with(|s| s.as_ref().and_then(|s| s.mapping_error.clone())) />
            <div class="table-wrap">
                <table class="registry">
                    <caption class="visually-hidden">"Строки файла и результат проверки"</caption>
                    <ColumnHeads names=&["Строка", "ФИО в файле", "В реестре", "Проверка"] />
                    <tbody>
                        {move || (0..total.min(limit.get())).map(|i| view! { <AnswerRowView i session /> }).collect_view()}
                    </tbody>
                </table>
            </div>
            <ShowMore limit total=total page=PAGE counter="" />
        </div>
    }
}

#[component]
fn AnswerRowView(i: usize, session: RwSignal<Option<FormImport>>) -> impl IntoView {
    let state = use_state();
    let row = Memo::new(move |_| session.with(|s| s.as_ref().and_then(|s| s.rows.get(i).cloned())));
    let adding =
        Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(|s| s.add.contains(&i))));
    move || {
        row.get().map(|r| {
            let number = r.row;
            let bad = !r.errors.is_empty();
            let who = match (&r.person, r.unknown) {
                _ if !r.candidates.is_empty() => {
                    let current = r.person.as_ref().map(|p| p.0.clone()).unwrap_or_default();
                    view! {
                        <select data-testid="answers-who" aria-label=format!("Кто это: строка {number}, «{}»", r.name)
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                let id = (!v.is_empty()).then_some(v);
                                session.update(|s| if let Some(s) = s {
                                    state.data.with_untracked(|d| s.set_person(i, id, d));
                                });
                            }>
                            <option value="" selected=current.is_empty()>"— кто это? —"</option>
                            {r.candidates.iter().map(|(id, name)| view! {
                                <option value=id.clone() selected=*id == current>{name.clone()}</option>
                            }).collect_view()}
                        </select>
                    }.into_any()
                }
                (Some((_, name)), _) => view! { <span>{name.clone()}</span> }.into_any(),
                (None, true) => view! {
                    <span class="flag">"нет в реестре"</span>
                    <label class="inline">
                        <input type="checkbox" data-testid="answers-add"
                            prop:checked=move || adding.get()
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                session.update(|s| if let Some(s) = s { s.set_add(i, on) });
                            } />
                        " добавить в реестр"
                    </label>
                }.into_any(),
                (None, false) => view! { <span>"—"</span> }.into_any(),
            };
            let check = if bad {
                view! { <ul class="row-errors">{r.errors.iter().map(|e| view! { <li class="error">{e.clone()}</li> }).collect_view()}</ul> }.into_any()
            } else if r.replaces {
                view! { <span class="flag">"заменит прежние ответы"</span> }.into_any()
            } else {
                view! { <span class="ok">"верно"</span> }.into_any()
            };
            view! {
                <tr data-row=number class:bad=bad>
                    <th scope="row">{number}</th>
                    <td>{r.name.clone()}</td>
                    <td>{who}</td>
                    <td data-testid="answers-check">{check}</td>
                </tr>
            }
        })
    }
}
