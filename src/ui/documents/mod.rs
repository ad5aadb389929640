//! «Документы»: the registry, a document's page (registry fields, what to fill in, print view,
//! DOCX, the block editor), and the list of a stage's documents.

use leptos::prelude::*;

use crate::domain::documents::registry::DocKind;
use crate::domain::documents::templates::document as doc_of;
use crate::domain::format::date_ru;

use super::router::Route;
use super::state::use_state;

mod editor;
mod further_orders;
mod grounds;
mod page;
mod person;

pub use page::DocumentPage;
pub use person::PersonDocumentPage;

/// The documents of one stage, with their status: the work area of stages 1, 2, 3 and 6.
#[component]
pub fn StageDocuments(stage: u8) -> impl IntoView {
    let kinds: Vec<DocKind> = DocKind::ALL
        .into_iter()
        .filter(|k| k.listed() && k.stage() == stage)
        .collect();
    view! {
        <h2>"Документы этапа"</h2>
        <ul class="doc-links">
            {kinds.into_iter().map(|k| view! { <DocLink kind=k /> }).collect_view()}
        </ul>
        <p><a href=Route::Documents.href()>"Все документы"</a></p>
    }
}

#[component]
fn DocLink(kind: DocKind) -> impl IntoView {
    let state = use_state();
    let info = move || {
        state.data.with(|d| {
            let r = d.document(kind);
            let missing = doc_of(kind, d).placeholders().len();
            (r.status.label(), missing, r.edited.is_some())
        })
    };
    view! {
        <li>
            <a href=Route::Document(kind).href()>{kind.title()}</a>
            <span class="muted">
                {move || {
                    let (status, missing, edited) = info();
                    let mut parts = vec![status.to_string()];
                    if edited {
                        parts.push("текст изменён вручную".into());
                    }
                    if missing > 0 {
                        parts.push(format!("не заполнено: {missing}"));
                    }
                    format!(" — {}", parts.join(", "))
                }}
            </span>
        </li>
    }
}

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let state = use_state();
    view! {
        <h1 tabindex="-1">"Документы"</h1>
        <p>
            "Локальные акты и другие документы наставничества. Программа формирует их текст из данных школы; "
            "текст можно отредактировать, распечатать или скачать в формате Word (DOCX)."
        </p>
        <div class="table-wrap" role="region" tabindex="0" aria-label="Реестр документов">
            <table class="registry">
                <caption class="visually-hidden">"Реестр документов"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Документ"</th>
                        <th scope="col">"Этап"</th>
                        <th scope="col">"№"</th>
                        <th scope="col">"Дата"</th>
                        <th scope="col">"Статус"</th>
                        <th scope="col">"Публикация"</th>
                        <th scope="col">"Не заполнено"</th>
                    </tr>
                </thead>
                <tbody>
                    {DocKind::ALL
                        .into_iter()
                        .filter(|k| k.listed())
                        .map(|k| {
                            let rec = move || state.data.with(|d| d.document(k));
                            let missing = move || state.data.with(|d| doc_of(k, d).placeholders().len());
                            view! {
                                <tr data-doc=k.key()>
                                    <th scope="row"><a href=Route::Document(k).href()>{k.title()}</a></th>
                                    <td>{k.stage()}</td>
                                    <td>{move || rec().number}</td>
                                    <td>{move || date_ru(&rec().date)}</td>
                                    <td>{move || rec().status.label()}</td>
                                    <td>{if k.publishable() { "можно публиковать" } else { "содержит персональные данные" }}</td>
                                    <td>{move || match missing() { 0 => "—".to_string(), n => n.to_string() }}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
