//! The structured editor of a document's text.

use leptos::prelude::*;

use crate::domain::documents::edit::{self, slot_text, slots, Slot};
use crate::domain::documents::registry::DocKind;
use crate::domain::documents::templates::document as doc_of;
use crate::ui::state::use_edit;
use crate::ui::widgets::ErrorText;

/// The structured editor: every text of every block in its own field.
#[component]
pub(super) fn BlockEditor(kind: DocKind) -> impl IntoView {
    let (state, error) = use_edit();
    let blocks = state.read(move |d| doc_of(kind, d).blocks);
    let count = blocks.with_untracked(|b| b.len());
    view! {
        <section class="block-editor" aria-label="Редактор текста документа">
            <p class="muted">"Изменения сохраняются сразу. Выделение заполнителей исчезает, когда вы впишете свой текст."</p>
            <ErrorText message=error />
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
