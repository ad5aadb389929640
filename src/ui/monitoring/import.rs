//! Answers of an online form loaded from a CSV or XLSX file.

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::domain::import::{AnswerImport, Target};
use crate::domain::monitoring::Audience;

use super::super::file_import::FileImport;
use super::super::state::use_state;
use super::super::widgets::{Card, ColumnHeads, EnumSelect, ErrorText, FilePicker, Pick};
use super::round_options;

/// Answers of an online form: CSV (or XLSX) → mapping → per-row check → confirmation.
#[component]
pub fn ImportAnswers() -> impl IntoView {
    let state = use_state();
    let (flow, on_read) = FileImport::reading(state.data, |name, table, d| {
        AnswerImport::new(
            name,
            table,
            d,
            Audience::Mentee,
            &d.monitoring.import_round(),
        )
    });
    let session = flow.session;
    let edit = move |f: &dyn Fn(&mut AnswerImport, &SchoolData)| {
        session.update(|s| {
            if let Some(s) = s {
                state.data.with_untracked(|d| f(s, d));
            }
        })
    };
    let count = move || session.with(|s| s.as_ref().map_or(0, |s| s.responses().len()));
    let confirm = move |_| {
        let responses = session.with_untracked(|s| s.as_ref().map(AnswerImport::responses));
        if let Some(rs) = responses {
            let n = rs.len();
            let saved = state.change(|d| {
                d.monitoring.import_responses(rs);
                Ok(())
            });
            flow.saved(saved, || format!("Загружено анкет: {n}."));
        }
    };
    view! {
        <Card id="import-answers-title" title="Загрузка ответов онлайн-формы">
            <p class="hint">
                "Выгрузите ответы Яндекс Формы или Google Формы в CSV (или XLSX). Нужны столбец с ФИО и столбцы с оценками; "
                "столбцы, названные как вопросы анкеты, распознаются сами. Ничего не сохранится, пока вы не подтвердите загрузку."
            </p>
            <FilePicker id="answers-file" label="Файл с ответами" input=flow.input accept=".csv,.txt,.xlsx,text/csv" on_read />
            {move || flow.done.get().map(|m| view! { <p role="status" class="ok">{m}</p> })}
            <ErrorText message=flow.error />
            {move || {
                flow.generation.get();
                session.get_untracked().map(|first| {
                    let lists = state.data.with_untracked(|d| (round_options(d), d.monitoring.clone()));
                    let (rounds, monitoring) = lists;
                    let headers = first.source.table.headers.clone();
                    let audience = first.source.audience;
                    view! {
                        <h4>"Предпросмотр: «" {first.source.file_name.clone()} "»"</h4>
                        <div class="grid-form">
                            <div class="field">
                                <label for="import-round">"Раунд"</label>
                                <Pick id="import-round" options=rounds selected=first.round.clone() on_change=move |v: String| edit(&|s, d| s.set_round(&v, d)) />
                            </div>
                            <div class="field">
                                <label for="import-audience">"Анкета"</label>
                                <EnumSelect id="import-audience" selected=move || Some(audience) text=|a: Audience| format!("анкета: {}", a.label())
                                    on_change=move |a| {
                                        edit(&|s, d| s.set_audience(a, d));
                                        flow.generation.update(|g| *g += 1);
                                    } />
                            </div>
                        </div>
                        <div class="mapping">
                            {headers.into_iter().enumerate().map(|(col, h)| {
                                let current = first.source.columns[col].key();
                                let list = Target::choices(&monitoring, first.source.audience);
                                view! {
                                    <div class="field">
                                        <label for=format!("amap-{col}")>"Столбец «" {h} "»"</label>
                                        <Pick id=format!("amap-{col}") options=list selected=current required=true
                                            on_change=move |v: String| edit(&|s, d| s.set_target(col, Target::from_key(&v), d)) />
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                        <p role="status" data-testid="answers-import-summary">{move || session.with(|s| s.as_ref().map(|s| s.summary()))}</p>
                        <ErrorText message=move || session.with(|s| s.as_ref().and_then(|s| s.mapping_error.clone())) />
                        <div class="table-wrap" role="region" tabindex="0" aria-label="Строки файла и результат проверки">
                            <table class="registry">
                                <caption class="visually-hidden">"Строки файла и результат проверки"</caption>
                                <ColumnHeads names=&["Строка", "ФИО", "Проверка"] />
                                <tbody>
                                    {move || session.with(|s| s.as_ref().map(|s| s.rows.iter().map(|r| {
                                        let check = if !r.errors.is_empty() {
                                            view! { <ul class="row-errors">{r.errors.iter().map(|e| view! { <li class="error">{e.clone()}</li> }).collect_view()}</ul> }.into_any()
                                        } else if r.replaces {
                                            view! { <span class="flag">"заменит введённые ранее ответы"</span> }.into_any()
                                        } else {
                                            view! { <span class="ok">"верно"</span> }.into_any()
                                        };
                                        view! { <tr data-row=r.row class:bad=!r.errors.is_empty()><th scope="row">{r.row}</th><td>{r.name.clone()}</td><td>{check}</td></tr> }
                                    }).collect_view()))}
                                </tbody>
                            </table>
                        </div>
                        <div class="actions">
                            <button type="button" class="btn btn-primary" disabled=move || count() == 0 on:click=confirm>
                                {move || format!("Загрузить анкеты: {}", count())}
                            </button>
                            <button type="button" class="btn" on:click=move |_| flow.close()>"Отменить"</button>
                        </div>
                    }
                })
            }}
        </Card>
    }
}
