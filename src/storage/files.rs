//! Files: download a text as a file, read a chosen file.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::archive::{too_large_message, MAX_ARCHIVE_BYTES};

fn js_err(context: &str, e: JsValue) -> String {
    let detail = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_default();
    format!("{context}: {detail}")
}

/// Builds the file in memory and lets the browser save it under `file_name`.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    save_blob(file_name, mime, &JsValue::from_str(content))
}

/// The same for binary content (a `.docx`).
pub fn download_bytes(file_name: &str, mime: &str, content: &[u8]) -> Result<(), String> {
    save_blob(file_name, mime, &js_sys::Uint8Array::from(content))
}

fn save_blob(file_name: &str, mime: &str, part: &JsValue) -> Result<(), String> {
    let parts = js_sys::Array::of1(part);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|e| js_err("Не удалось подготовить файл", e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|e| js_err("Не удалось подготовить файл", e))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("Нет документа")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| js_err("Не удалось скачать файл", e))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.style().set_property("display", "none").ok();
    let body = document.body().ok_or("Нет документа")?;
    body.append_child(&a).ok();
    a.click();
    a.remove();
    // Revoke later: some browsers start the download after the click returns.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        web_sys::Url::revoke_object_url(&url).ok();
    });
    if let Some(w) = web_sys::window() {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)
            .ok();
    }
    Ok(())
}

/// Reads the whole file, refusing one over the archive size limit before reading it.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let size = file.size();
    if size > MAX_ARCHIVE_BYTES as f64 {
        return Err(too_large_message(size as usize));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| js_err("Не удалось прочитать файл", e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Reads many chosen files at once (the browser reads them in parallel): each file's name and
/// bytes, or the reason it could not be read.
pub async fn read_files(list: &web_sys::FileList) -> Vec<(String, Result<Vec<u8>, String>)> {
    let mut names = Vec::new();
    let mut early = Vec::new();
    let promises = js_sys::Array::new();
    for i in 0..list.length() {
        let Some(file) = list.get(i) else { continue };
        if file.size() > MAX_ARCHIVE_BYTES as f64 {
            early.push((file.name(), Err(too_large_message(file.size() as usize))));
        } else {
            names.push(file.name());
            promises.push(&file.array_buffer());
        }
    }
    let mut out: Vec<(String, Result<Vec<u8>, String>)> =
        match JsFuture::from(js_sys::Promise::all(&promises)).await {
            Ok(buffers) => {
                let buffers: js_sys::Array = buffers.unchecked_into();
                names
                    .into_iter()
                    .zip(buffers.iter())
                    .map(|(n, b)| (n, Ok(js_sys::Uint8Array::new(&b).to_vec())))
                    .collect()
            }
            Err(e) => {
                let message = js_err("Не удалось прочитать файлы", e);
                names
                    .into_iter()
                    .map(|n| (n, Err(message.clone())))
                    .collect()
            }
        };
    out.extend(early);
    out
}

/// The file chosen in an `<input type="file">`, from its change event.
pub fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// Reads a chosen CSV or XLSX file into a table (`domain::import::read_table`); the Russian
/// message names the file. Shared by the teacher-list import and both answer imports.
pub async fn read_table_file(file: &web_sys::File) -> Result<crate::domain::import::Table, String> {
    let name = file.name();
    read_file(file)
        .await
        .and_then(|bytes| crate::domain::import::read_table(&name, &bytes).map_err(|e| e.message))
        .map_err(|m| format!("Не удалось прочитать «{name}». {m}"))
}
