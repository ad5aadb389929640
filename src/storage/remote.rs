//! Files next to the app on the site (the public section's `info.json`), and the clipboard.
//! Nothing here reads or writes the browser's storage.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The server answered 404.
    NotFound,
    /// Another unsuccessful HTTP status.
    Status(u16),
    /// No answer at all (offline, blocked, a broken address).
    Network(String),
}

impl FetchError {
    /// A Russian sentence about the public section's file.
    pub fn message(&self) -> String {
        match self {
            FetchError::NotFound => {
                "Файл info.json не найден рядом с программой на сайте: раздел ещё не опубликован."
                    .into()
            }
            FetchError::Status(code) => {
                format!("Сервер не отдал файл info.json (код ответа {code}).")
            }
            FetchError::Network(detail) => {
                format!("Не удалось загрузить файл info.json: нет связи с сайтом ({detail}).")
            }
        }
    }
}

fn detail(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_default()
}

/// A fetched file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// When the site could not be reached and the service worker (public/sw.js) answered with
    /// its last copy: when that copy was saved (ISO 8601, UTC).
    pub saved_at: Option<String>,
}

/// The bytes of a file at a URL relative to the page, asking the server whether it changed
/// (a new `info.json` shows at once, without an old copy from the cache).
pub async fn fetch_bytes(url: &str) -> Result<Fetched, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Network("нет окна".into()))?;
    let request = started_early(&window, url).unwrap_or_else(|| {
        let init = web_sys::RequestInit::new();
        init.set_cache(web_sys::RequestCache::NoCache);
        window.fetch_with_str_and_init(url, &init)
    });
    let response = JsFuture::from(request)
        .await
        .map_err(|e| FetchError::Network(detail(&e)))?;
    let response: web_sys::Response = response.unchecked_into();
    match response.status() {
        404 => return Err(FetchError::NotFound),
        s if !response.ok() => return Err(FetchError::Status(s)),
        _ => {}
    }
    let saved_at = response.headers().get("x-nastavnik-saved").ok().flatten();
    let body = response
        .array_buffer()
        .map_err(|e| FetchError::Network(detail(&e)))?;
    let buffer = JsFuture::from(body)
        .await
        .map_err(|e| FetchError::Network(detail(&e)))?;
    Ok(Fetched {
        bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
        saved_at,
    })
}

/// The request for `url` that index.html started before the program loaded (it asks for
/// `info.json` at once when the address is `#/info`, the same way: `cache: 'no-cache'`), taken
/// once: a later call asks the site again.
fn started_early(window: &web_sys::Window, url: &str) -> Option<js_sys::Promise> {
    const KEY: &str = "nastavnikEarly";
    let early = js_sys::Reflect::get(window, &KEY.into()).ok()?;
    let request = js_sys::Reflect::get(&early, &url.into()).ok()?;
    js_sys::Reflect::delete_property(early.dyn_ref::<js_sys::Object>()?, &url.into()).ok();
    request.dyn_into().ok()
}

/// Puts a text on the clipboard (`navigator.clipboard`: only on https or on this computer).
pub async fn copy_text(text: &str) -> Result<(), String> {
    let refused = "Браузер не разрешил копирование: выделите текст и нажмите Ctrl+C";
    let navigator = web_sys::window().ok_or(refused)?.navigator();
    let has = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has {
        return Err(refused.into());
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| refused.into())
}
