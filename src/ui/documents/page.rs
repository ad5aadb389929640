//! A document's page: its registry fields, what to fill in, the print view, DOCX and the
//! block editor.

use leptos::prelude::*;

use crate::domain::documents::edit;
use crate::domain::documents::model::Document;
use crate::domain::documents::placeholder::Placeholder;
use crate::domain::documents::registry::DocKind;
use crate::domain::documents::templates::document as doc_of;
use crate::domain::documents::{docx, html, law};
use crate::storage::files;
use crate::ui::roadmap_editor::RoadmapEditor;
use crate::ui::router::Route;
use crate::ui::state::use_state;
use crate::ui::widgets::{EnumSelect, ErrorText, InputField};

use super::editor::BlockEditor;
use super::further_orders::FurtherPairOrders;
use super::grounds::GroundsChoice;

pub(super) const DOCX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[component]
pub fn DocumentPage(kind: DocKind) -> impl IntoView {
    let state = use_state();
    let doc = state.read(move |d| doc_of(kind, d));
    let record = state.read(move |d| d.document(kind));
    let editing = RwSignal::new(false);
    let confirm_regen = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);

    let download = move |_| {
        let d = doc.get_untracked();
        let name = state
            .data
            .with_untracked(|data| kind.file_name(&data.profile.short_name, "docx"));
        message.set(files::download_bytes(&name, DOCX_MIME, &docx::to_docx(&d)).err());
    };
    let print = move |_| {
        window().print().ok();
    };
    let set_record =
        move |f: Box<dyn FnOnce(&mut crate::domain::documents::registry::DocRecord)>| {
            state.update(|d| d.update_document(kind, f));
        };

    view! {
        <p class="eyebrow"><a href=Route::Documents.href()>"Документы"</a> " · этап " {kind.stage()}</p>
        <h1 tabindex="-1">{kind.title()}</h1>
        <section class="card doc-meta" aria-label="Реквизиты документа">
            <div class="meta-grid">
                <InputField id="doc-number" label=if kind.numbered() { "Номер приказа" } else { "Номер" } maxlength=50
                    read=move || record.get().number
                    write=Callback::new(move |v| set_record(Box::new(move |r| r.number = v))) />
                <InputField id="doc-date" label="Дата" kind="date" lazy=true
                    read=move || record.get().date
                    write=Callback::new(move |v| set_record(Box::new(move |r| r.date = v))) />
                <div class="field">
                    <label for="doc-status">"Статус"</label>
                    <EnumSelect id="doc-status" selected=move || Some(record.get().status)
                        on_change=move |s| set_record(Box::new(move |r| r.status = s)) />
                </div>
            </div>
            <p class="muted">
                {if kind.publishable() {
                    "Документ не содержит персональных данных: его можно разместить в разделе о наставничестве на сайте школы."
                } else {
                    "Документ содержит персональные данные: не публикуйте его на сайте."
                }}
            </p>
        </section>

        <MissingData doc=doc />

        {law::cites_grounds(kind).then(|| view! { <GroundsChoice kind=kind /> })}
        {(kind == DocKind::Roadmap).then(|| view! { <RoadmapEditor /> })}
        {(kind == DocKind::OrderPairs).then(|| view! { <FurtherPairOrders /> })}

        <div class="actions doc-actions">
            <button type="button" class="btn btn-primary" on:click=download data-testid="download-docx">"Скачать DOCX"</button>
            <button type="button" class="btn" on:click=print>"Печать"</button>
            <button type="button" class="btn" aria-pressed=move || editing.get().to_string()
                on:click=move |_| editing.update(|e| *e = !*e)>
                {move || if editing.get() { "Закончить редактирование" } else { "Редактировать текст" }}
            </button>
            {move || record.get().edited.is_some().then(|| view! {
                <button type="button" class="btn btn-danger" on:click=move |_| confirm_regen.set(true)>"Сформировать заново по данным…"</button>
            })}
        </div>
        <ErrorText message=message />
        <RegenerateConfirm kind=kind confirm=confirm_regen editing=editing />
        {move || record.get().edited.is_some().then(|| view! {
            <p class="notice" data-testid="doc-edited">"Текст документа изменён вручную и больше не обновляется из данных школы."</p>
        })}

        {move || if editing.get() {
            view! { <BlockEditor kind=kind /> }.into_any()
        } else {
            view! {
                <div class="paper" data-testid="print-view" inner_html=move || html::to_html(&doc.get())></div>
            }.into_any()
        }}
    }
}

/// «Что заполнить»: each placeholder left in the document and where the user fills in what it
/// names.
#[component]
fn MissingData(doc: Memo<Document>) -> impl IntoView {
    move || {
        let missing = doc.get().placeholders();
        (!missing.is_empty()).then(|| view! {
            <section class="card todo" aria-labelledby="todo-title" data-testid="doc-missing">
                <h2 id="todo-title">"Что заполнить"</h2>
                <p>"Пока данных нет, в тексте стоят выделенные заполнители. Заполните:"</p>
                <ul>
                    {missing.into_iter().map(|p| view! { <li>{p.clone()} " — " {where_to_fill(Placeholder::of(&p))}</li> }).collect_view()}
                </ul>
            </section>
        })
    }
}

/// Where on the screens the user fills in what a placeholder names.
fn where_to_fill(missing: Placeholder) -> AnyView {
    match missing {
        Placeholder::Profile(field) => profile_link(field.label()),
        Placeholder::Forms => profile_link(""),
        Placeholder::Number => record_link("doc-number"),
        Placeholder::Date => record_link("doc-date"),
        Placeholder::Pairs => {
            "заполнится само, когда на этапе 5 будут сформированы наставнические пары и группы"
                .into_any()
        }
        Placeholder::FinalEvent => {
            "заполнится само из сведений об итоговом мероприятии (этап 6, «Итоговое мероприятие»)"
                .into_any()
        }
        Placeholder::Text => {
            "впишите в текст документа (кнопка «Редактировать текст») или в распечатку".into_any()
        }
    }
}

fn profile_link(field: &'static str) -> AnyView {
    view! { <a href=Route::Profile.href()>"Профиль школы: " {field}</a> }.into_any()
}

/// A link that moves the focus to a field of the document's own record, above.
fn record_link(id: &'static str) -> AnyView {
    view! {
        <a href=format!("#{id}") on:click=move |ev| {
            ev.prevent_default();
            if let Some(el) = document().get_element_by_id(id) {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() { el.focus().ok(); }
            }
        }>"реквизиты документа выше"</a>
    }
    .into_any()
}

/// «Сформировать заново по данным…» confirmed: the user's edits of the text are dropped.
#[component]
fn RegenerateConfirm(
    kind: DocKind,
    confirm: RwSignal<bool>,
    editing: RwSignal<bool>,
) -> impl IntoView {
    let state = use_state();
    view! {
        {move || confirm.get().then(|| view! {
            <div class="confirm" role="group" aria-label="Подтверждение" data-testid="regen-confirm">
                <p><strong>"Текст будет сформирован заново по данным школы. Все ваши правки текста этого документа будут потеряны."</strong></p>
                <div class="actions">
                    <button type="button" class="btn btn-danger" on:click=move |_| {
                        state.update(|d| edit::regenerate(d, kind));
                        editing.set(false);
                        confirm.set(false);
                    }>"Сформировать заново"</button>
                    <button type="button" class="btn" on:click=move |_| confirm.set(false)>"Отмена"</button>
                </div>
            </div>
        })}
    }
}
