//! «Документы»: the registry, a document's page (registry fields, what to fill in, print view,
//! DOCX, the block editor), and the list of a stage's documents.

use leptos::prelude::*;

use crate::domain::documents::edit::{self, slot_text, slots, Slot};
use crate::domain::documents::registry::{DocKind, DocStatus};
use crate::domain::documents::templates::{
    document as doc_of, for_person, placeholder_filled_later, placeholder_target,
};
use crate::domain::documents::{docx, html};
use crate::domain::format::date_ru;
use crate::domain::school::ProfileField;
use crate::storage::files;

use super::roadmap_editor::RoadmapEditor;
use super::router::Route;
use super::state::use_state;

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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

fn profile_label(target: &str) -> Option<&'static str> {
    ProfileField::ALL
        .into_iter()
        .find(|f| format!("profile-{}", f.path().replace('.', "-")) == target)
        .map(|f| f.label())
}

#[component]
pub fn DocumentPage(kind: DocKind) -> impl IntoView {
    let state = use_state();
    let doc = Memo::new(move |_| state.data.with(|d| doc_of(kind, d)));
    let record = Memo::new(move |_| state.data.with(|d| d.document(kind)));
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
            let _ = state.change(|d| {
                d.update_document(kind, f);
                Ok(())
            });
        };

    view! {
        <p class="eyebrow"><a href=Route::Documents.href()>"Документы"</a> " · этап " {kind.stage()}</p>
        <h1 tabindex="-1">{kind.title()}</h1>
        <section class="card doc-meta" aria-label="Реквизиты документа">
            <div class="meta-grid">
                <div class="field">
                    <label for="doc-number">{if kind.numbered() { "Номер приказа" } else { "Номер" }}</label>
                    <input id="doc-number" type="text" maxlength="50" prop:value=move || record.get().number
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            set_record(Box::new(move |r| r.number = v));
                        } />
                </div>
                <div class="field">
                    <label for="doc-date">"Дата"</label>
                    <input id="doc-date" type="date" prop:value=move || record.get().date
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set_record(Box::new(move |r| r.date = v));
                        } />
                </div>
                <div class="field">
                    <label for="doc-status">"Статус"</label>
                    <select id="doc-status" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(s) = DocStatus::ALL.into_iter().find(|s| s.key() == v) {
                            set_record(Box::new(move |r| r.status = s));
                        }
                    }>
                        {DocStatus::ALL.into_iter().map(|s| view! {
                            <option value=s.key() selected=move || record.get().status == s>{s.label()}</option>
                        }).collect_view()}
                    </select>
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

        {move || {
            let missing = doc.get().placeholders();
            (!missing.is_empty()).then(|| view! {
                <section class="card todo" aria-labelledby="todo-title" data-testid="doc-missing">
                    <h2 id="todo-title">"Что заполнить"</h2>
                    <p>"Пока данных нет, в тексте стоят выделенные заполнители. Заполните:"</p>
                    <ul>
                        {missing.into_iter().map(|p| {
                            let target = placeholder_target(&p);
                            match target {
                                Some(id) if id.starts_with("profile-") => view! {
                                    <li>{p.clone()} " — " <a href=Route::Profile.href()>"Профиль школы: " {profile_label(id).unwrap_or("")}</a></li>
                                }.into_any(),
                                Some(id) => view! {
                                    <li>{p.clone()} " — " <a href=format!("#{id}") on:click=move |ev| {
                                        ev.prevent_default();
                                        if let Some(el) = document().get_element_by_id(id) {
                                            use wasm_bindgen::JsCast;
                                            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() { el.focus().ok(); }
                                        }
                                    }>"реквизиты документа выше"</a></li>
                                }.into_any(),
                                None => match placeholder_filled_later(&p) {
                                    Some(when) => view! { <li>{p.clone()} " — " {when}</li> }.into_any(),
                                    None => view! {
                                        <li>{p.clone()} " — впишите в текст документа (кнопка «Редактировать текст») или в распечатку"</li>
                                    }.into_any(),
                                },
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })
        }}

        {(kind == DocKind::Roadmap).then(|| view! { <RoadmapEditor /> })}

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
        {move || message.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
        {move || confirm_regen.get().then(|| view! {
            <div class="confirm" role="group" aria-label="Подтверждение" data-testid="regen-confirm">
                <p><strong>"Текст будет сформирован заново по данным школы. Все ваши правки текста этого документа будут потеряны."</strong></p>
                <div class="actions">
                    <button type="button" class="btn btn-danger" on:click=move |_| {
                        let _ = state.change(|d| { edit::regenerate(d, kind); Ok(()) });
                        editing.set(false);
                        confirm_regen.set(false);
                    }>"Сформировать заново"</button>
                    <button type="button" class="btn" on:click=move |_| confirm_regen.set(false)>"Отмена"</button>
                </div>
            </div>
        })}
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

/// The structured editor: every text of every block in its own field.
#[component]
fn BlockEditor(kind: DocKind) -> impl IntoView {
    let state = use_state();
    let blocks = Memo::new(move |_| state.data.with(|d| doc_of(kind, d).blocks));
    let error = RwSignal::new(None::<String>);
    let count = blocks.with_untracked(|b| b.len());
    view! {
        <section class="block-editor" aria-label="Редактор текста документа">
            <p class="muted">"Изменения сохраняются сразу. Выделение заполнителей исчезает, когда вы впишете свой текст."</p>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {(0..count).map(|i| {
                let fields = blocks.with_untracked(|b| slots(b, i));
                (!fields.is_empty()).then(|| view! {
                    <div class="block" data-block=i>
                        {fields.into_iter().map(|(slot, label)| {
                            let id = slot_id(slot);
                            let value = move || blocks.with(|b| slot_text(b, slot).unwrap_or_default());
                            view! {
                                <div class="field">
                                    <label for=id.clone()>{label}</label>
                                    <textarea id=id rows="2" prop:value=value on:input=move |ev| {
                                        let v = event_target_value(&ev);
                                        error.set(state.change(|d| edit::edit_text(d, kind, slot, &v)).err());
                                    }></textarea>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                })
            }).collect_view()}
        </section>
    }
}

fn slot_id(slot: Slot) -> String {
    match slot {
        Slot::Text(i) => format!("ed-{i}"),
        Slot::ListItem(i, j) => format!("ed-{i}-{j}"),
        Slot::Cell(i, None, c) => format!("ed-{i}-h-{c}"),
        Slot::Cell(i, Some(r), c) => format!("ed-{i}-{r}-{c}"),
        Slot::Approval(i, right, j) => format!("ed-{i}-{}-{j}", if right { "r" } else { "l" }),
        Slot::SignaturePosition(i) => format!("ed-{i}-pos"),
        Slot::SignatureName(i) => format!("ed-{i}-name"),
        Slot::AcquaintanceTitle(i) => format!("ed-{i}-title"),
        Slot::AcquaintancePerson(i, j) => format!("ed-{i}-p-{j}"),
    }
}

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
                {move || message.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
                {skipped().filter(|s| !s.is_empty()).map(|s| view! { <p class="flag" data-testid="document-skipped">"Не вошли в документ: " {s}</p> })}
                <div class="paper" data-testid="print-view" inner_html=html::to_html(&d)></div>
            }
            .into_any()
        }
    }
    }
}
