//! The file input of an import: a teacher list, a form's answers, monitoring answers. It reads
//! the chosen CSV or XLSX into a table (`storage::files::read_table_file`) and hands it over;
//! «Читаю файл…» shows while it reads.

use leptos::html::Input;
use leptos::prelude::*;

use crate::storage::files;

/// What a table import accepts.
pub const TABLE_FILES: &str =
    ".xlsx,.xlsm,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A labelled `<input type="file">` for a table. `on_read` gets the file's name and its table,
/// or the Russian message naming the file; `input` lets the screen clear the choice
/// (`FileImport::clear_input`).
#[component]
pub fn FilePicker(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    input: NodeRef<Input>,
    on_read: crate::ui::file_import::OnRead,
    #[prop(optional)] accept: Option<&'static str>,
    #[prop(optional, into)] testid: Option<String>,
) -> impl IntoView {
    let reading = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = files::chosen_file(&ev) else {
            return;
        };
        reading.set(true);
        leptos::task::spawn_local(async move {
            let name = file.name();
            let table = files::read_table_file(&file).await;
            reading.set(false);
            on_read.run((name, table));
        });
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id type="file" node_ref=input data-testid=testid
                accept=accept.unwrap_or(TABLE_FILES) on:change=on_change />
        </div>
        {move || reading.get().then(|| view! { <p role="status">"Читаю файл…"</p> })}
    }
}
