//! Leptos components. They read the state and call domain functions; no business rule is
//! written here. One module per screen, shared widgets apart.

mod banks;
mod banners;
mod data_page;
mod documents;
mod file_import;
mod history;
mod import;
mod library;
mod monitoring;
mod overview;
mod pairs;
mod people;
mod profile;
mod public;
mod publish;
mod questionnaire_import;
mod report;
mod roadmap_editor;
mod rollup;
pub mod router;
mod screens;
mod selection;
mod stage;
pub mod state;
mod stepper;
mod taxonomy;
pub mod widgets;
mod years;

use std::rc::Rc;

use leptos::prelude::*;

use crate::domain::data::SchoolData;
use crate::storage::Backend;
use router::{current_hash, redirect, Route};
use state::AppState;

/// The whole app on the browser's localStorage — or, when the address is `#/info`, only the
/// public section for visitors of the school site. That choice is made here, before anything
/// touches the storage: a visitor's browser keeps nothing of ours.
#[component]
pub fn App() -> impl IntoView {
    let route = Route::parse(&current_hash());
    if route == Route::Info {
        screens::public_app()
    } else if route == Route::Rollup {
        screens::rollup_app()
    } else {
        screens::coordinator_app()
    }
}

/// The whole app on a given storage (tests pass a failing or in-memory one).
#[component]
pub fn AppWith(backend: Rc<dyn Backend>) -> impl IntoView {
    let state = AppState::new(backend);
    provide_context(state);
    state.start();

    // The address is the source of truth for the screen.
    let hash = window_event_listener(leptos::ev::hashchange, move |_| {
        let route = Route::parse(&current_hash());
        if route.without_storage() {
            // The public section and the roll-up start without the storage: write what is
            // pending, reload.
            state.flush();
            window().location().reload().ok();
            return;
        }
        if state.route.get_untracked() != route {
            state.route.set(route);
        }
    });
    on_cleanup(move || hash.remove());

    // A first visit starts with the school profile.
    if state.route.get_untracked() == Route::Overview
        && !state.loading.get_untracked()
        && state.damaged.get_untracked().is_none()
        && state.data.with_untracked(SchoolData::is_empty)
    {
        redirect(&Route::Profile);
        state.route.set(Route::Profile);
    }

    // Title and focus follow the screen; focus moves to the new heading only after a
    // navigation, not on the first render.
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let route = state.route.get();
        document().set_title(&route.title());
        if first.get_value() {
            first.set_value(false);
            return;
        }
        request_animation_frame(|| focus_heading(100));
    });

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(m) = document().get_element_by_id("main") {
                use wasm_bindgen::JsCast;
                if let Ok(m) = m.dyn_into::<web_sys::HtmlElement>() { m.focus().ok(); }
            }
        }>"Перейти к содержимому"</a>
        {move || match (state.loading.get(), state.damaged.get()) {
            (true, _) => screens::loading("Открываются данные…"),
            (false, Some(d)) => view! { <banners::DamagedScreen damaged=d /> }.into_any(),
            (false, None) => view! { <Shell /> }.into_any(),
        }}
    }
}

/// Moves focus to the screen's heading; a screen still loading its wasm file (ui::screens) is
/// waited for, up to `tries` × 50 ms.
fn focus_heading(tries: u32) {
    let loading = document()
        .query_selector("main .screen-loading")
        .ok()
        .flatten()
        .is_some();
    match document().query_selector("main h1").ok().flatten() {
        Some(h) if !loading => {
            use wasm_bindgen::JsCast;
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                h.focus().ok();
            }
        }
        _ if tries > 0 => {
            set_timeout(
                move || focus_heading(tries - 1),
                std::time::Duration::from_millis(50),
            );
        }
        _ => {}
    }
}

#[component]
fn Shell() -> impl IntoView {
    let state = state::use_state();
    view! {
        <div class="app" data-ready="true">
            <widgets::Header />
            <banners::StorageBanners />
            <years::PastYearBanner />
            <div class="layout">
                <stepper::Stepper />
                <main id="main" tabindex="-1" class="work">
                    {move || state.notice.get().filter(|(r, _)| *r == state.route.get()).map(|(_, text)| view! {
                        <div class="notice" role="status" data-testid="notice">
                            <p>{text}</p>
                            <button type="button" class="btn btn-small" on:click=move |_| state.notice.set(None)>"Скрыть"</button>
                        </div>
                    })}
                    {move || match state.route.get() {
                        Route::Info => view! { <p class="boot">"Открывается раздел о наставничестве…"</p> }.into_any(),
                        Route::Rollup => view! { <p class="boot">"Открывается сводка по школам…"</p> }.into_any(),
                        Route::NotFound(path) => view! { <NotFound path=path /> }.into_any(),
                        route => screens::screen(route),
                    }}
                </main>
            </div>
            <footer class="footer">
                <p>
                    "«Наставник» — система (целевая модель) наставничества педагогических работников. "
                    "Данные хранятся только в этом браузере на этом компьютере."
                </p>
            </footer>
        </div>
    }
}

#[component]
fn NotFound(path: String) -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Страница не найдена"</h1>
        <p>"Адреса «" {path} "» в программе нет. Возможно, ссылка устарела или набрана с ошибкой."</p>
        <p><a href="#/">"Перейти к обзору"</a></p>
    }
}
