//! `#/info`: the public section for visitors of the school site. It reads `info.json` from the
//! app's folder and shows it read-only. It runs without `AppState`: nothing here reads or
//! writes the visitor's storage, and there is no save on page hide.

use leptos::prelude::*;

use crate::domain::public::{self, html};
use crate::storage::remote;

use super::router::{current_hash, Route};

#[derive(Clone)]
enum Loaded {
    Waiting,
    /// The section's HTML (escaped by the domain renderer) with its stylesheet, and when the
    /// site was not reachable, the date and time of the saved copy shown instead.
    Ready(String, Option<String>),
    Failed(String),
}

fn set_meta(title: &str, description: &str) {
    let doc = document();
    doc.set_title(title);
    if let Some(meta) = doc.query_selector("meta[name=description]").ok().flatten() {
        meta.set_attribute("content", description).ok();
    }
}

/// `дд.мм.гггг в чч:мм` in the browser's time zone, of an ISO timestamp.
fn local_date_time(iso: &str) -> String {
    let d = js_sys::Date::new(&iso.into());
    if d.get_time().is_nan() {
        return iso.to_string();
    }
    format!(
        "{:02}.{:02}.{:04} в {:02}:{:02}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    )
}

#[component]
pub fn PublicApp() -> impl IntoView {
    let loaded = RwSignal::new(Loaded::Waiting);
    set_meta(
        "Раздел о наставничестве",
        "Система (целевая модель) наставничества педагогических работников школы.",
    );
    leptos::task::spawn_local(async move {
        let (file, saved_at) = match remote::fetch_bytes("info.json").await {
            Ok(fetched) => (public::decode(&fetched.bytes), fetched.saved_at),
            Err(e) => (Err(e.message()), None),
        };
        loaded.set(match file {
            Ok(f) => {
                set_meta(&html::title(&f), &html::description(&f));
                Loaded::Ready(
                    format!("<style>{}</style>{}", html::STYLE, html::section(&f, 1)),
                    saved_at.map(|iso| local_date_time(&iso)),
                )
            }
            Err(message) => Loaded::Failed(message),
        });
    });
    // Any other address is the coordinator's app: it starts afresh, with the storage.
    let hash = window_event_listener(leptos::ev::hashchange, |_| {
        if Route::parse(&current_hash()) != Route::Info {
            window().location().reload().ok();
        }
    });
    on_cleanup(move || hash.remove());
    view! {
        <main id="main" class="public-page">
            {move || match loaded.get() {
                Loaded::Waiting => view! {
                    <p class="boot" role="status">"Загрузка раздела о наставничестве…"</p>
                }.into_any(),
                Loaded::Ready(section, saved) => view! {
                    {saved.map(|when| view! {
                        <p class="public-offline" role="status" data-testid="public-offline">
                            "Нет связи с сайтом школы: показана копия раздела, сохранённая в этом браузере "
                            {when} "."
                        </p>
                    })}
                    <div data-testid="public-section" inner_html=section></div>
                }.into_any(),
                Loaded::Failed(message) => view! {
                    <div class="public-error" data-testid="public-error">
                        <h1>"Раздел о наставничестве пока недоступен"</h1>
                        <div class="banner banner-error" role="alert">
                            <p>{message}</p>
                        </div>
                        <p>
                            "Сведения о наставничестве публикует куратор: в программе «Наставник» на экране "
                            "«Публикация» кнопка «Опубликовать» скачивает файл info.json, его нужно положить "
                            "в папку программы на сайте школы (рядом с index.html), заменив прежний."
                        </p>
                    </div>
                }.into_any(),
            }}
        </main>
    }
}
