//! The wasm entry: mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(nastavnik::ui::App);
    if let Some(w) = web_sys::window() {
        if let Some(boot) = w.document().and_then(|d| d.get_element_by_id("boot")) {
            boot.remove();
        }
        // For the benchmark: when the first render is in the DOM.
        let now = w.performance().map(|p| p.now()).unwrap_or_default();
        js_sys::Reflect::set(&w, &"__nastavnikReady".into(), &now.into()).ok();
        // public/pwa.js registers the service worker after the first screen.
        if let Ok(ready) = web_sys::Event::new("nastavnik-ready") {
            w.dispatch_event(&ready).ok();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Наставник runs in a browser: build it with `trunk build --release`.");
}
