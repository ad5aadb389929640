//! The seven stages as a stepper: at the side on a wide screen, a scrolling bar on a phone.

use leptos::prelude::*;

use crate::domain::progress::{all_progress, StageState};
use crate::domain::stages::STAGES;

use super::router::Route;
use super::state::use_state;

#[component]
pub fn Stepper() -> impl IntoView {
    let state = use_state();
    let progress = state.read(all_progress);
    // On a phone the stepper is a bar scrolling sideways: keep the current stage in sight, and
    // show the bar from its start on the other screens.
    let nav = NodeRef::<leptos::html::Nav>::new();
    Effect::new(move |_| {
        let on_stage = matches!(state.route.get(), Route::Stage(_));
        request_animation_frame(move || {
            // The frame may come after the stepper is gone (a screen replaced, a test's root
            // removed): its node ref is disposed then, and there is nothing to scroll.
            let Some(nav) = nav.try_get_untracked().flatten() else {
                return;
            };
            if nav.scroll_width() <= nav.client_width() {
                return;
            }
            use wasm_bindgen::JsCast;
            let current = on_stage
                .then(|| nav.query_selector(".step.current").ok().flatten())
                .flatten()
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            let left = current.map_or(0, |li| {
                li.offset_left() - (nav.client_width() - li.offset_width()) / 2
            });
            nav.set_scroll_left(left.max(0));
        });
    });
    view! {
        <nav class="stepper" node_ref=nav aria-label="Этапы внедрения целевой модели наставничества">
            <ol>
                {STAGES
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let n = s.number;
                        let p = move || progress.with(|p| p[i]);
                        let current = move || state.route.get() == Route::Stage(n);
                        view! {
                            <li class="step" class:current=current
                                class:done=move || p().state == StageState::Done
                                class:active=move || p().state == StageState::InProgress>
                                <a href=Route::Stage(n).href() aria-current=move || current().then_some("step")>
                                    <span class="step-num" aria-hidden="true">{n}</span>
                                    <span class="step-text">
                                        <span class="step-title">
                                            <span class="visually-hidden">"Этап " {n} ". "</span>
                                            {s.short_title}
                                        </span>
                                        <span class="step-meta">
                                            {move || format!("{} % · {}", p().percent, p().state.label())}
                                        </span>
                                    </span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
