//! A document made for one teacher, one pair or a selection of teachers.

use leptos::prelude::*;

use crate::domain::documents::registry::DocKind;
use crate::domain::documents::templates::for_person;
use crate::domain::documents::{docx, html};
use crate::storage::files;
use crate::ui::router::Route;
use crate::ui::state::use_state;
use crate::ui::widgets::ErrorText;

use super::page::DOCX_MIME;

/// A consent or a mentor's agreement made for one teacher: print view and DOCX.
#[component]
pub fn PersonDocumentPage(kind: DocKind, id: String) -> impl IntoView {
    let state = use_state();
    // Several ids, comma-separated: one document for the selection of a list (bulk action).
    let many: Option<Vec<String>> = id
        .contains(',')
        .then(|| id.split(',').map(str::to_string).collect());
    let doc = {
        let id = id.clone();
        let many = many.clone();
        Memo::new(move |_| {
            state.data.with(|d| match &many {
                Some(ids) => crate::domain::bulk::combined_document(kind, d, ids).0,
                None => for_person(kind, d, &id),
            })
        })
    };
    // Who of the selection the document is not made for, and why.
    let skipped = move || {
        many.as_ref().map(|ids| {
            state.data.with(|d| {
                crate::domain::bulk::combined_document(kind, d, ids)
                    .1
                    .into_iter()
                    .map(|r| format!("{} — {}", r.name, r.reason))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        })
    };
    let message = RwSignal::new(None::<String>);
    let (back_link, back_label) = if kind == DocKind::Program {
        (Route::Pair(id.clone()).href(), "Пара (группа)")
    } else if kind == DocKind::OrderPairs {
        (
            Route::Document(DocKind::OrderPairs).href(),
            "Приказ о закреплении пар и другие приказы по парам",
        )
    } else if id.contains(',') {
        (Route::People.href(), "Педагоги")
    } else {
        (Route::Person(id.clone()).href(), "Карточка педагога")
    };
    move || {
        match doc.get() {
        None => view! {
            <h1 tabindex="-1">"Документ не найден"</h1>
            <p>"Такого педагога или документа нет. " <a href=Route::People.href()>"К реестру педагогов"</a></p>
        }
        .into_any(),
        Some(d) => {
            let title = d.title.clone();
            let for_download = d.clone();
            view! {
                <p class="eyebrow"><a href=back_link.clone()>{back_label}</a></p>
                <h1 tabindex="-1">{title}</h1>
                <div class="actions doc-actions">
                    <button type="button" class="btn btn-primary" data-testid="download-docx" on:click=move |_| {
                        let name = format!("{}.docx", for_download.title.replace(['\\', '/', ':', '*', '?', '"', '<', '>', '|', '№', '«', '»'], ""));
                        message.set(files::download_bytes(&name, DOCX_MIME, &docx::to_docx(&for_download)).err());
                    }>"Скачать DOCX"</button>
                    <button type="button" class="btn" on:click=move |_| { window().print().ok(); }>"Печать"</button>
                </div>
                <ErrorText message=message />
                {skipped().filter(|s| !s.is_empty()).map(|s| view! { <p class="flag" data-testid="document-skipped">"Не вошли в документ: " {s}</p> })}
                <div class="paper" data-testid="print-view" inner_html=html::to_html(&d)></div>
            }
            .into_any()
        }
    }
    }
}
