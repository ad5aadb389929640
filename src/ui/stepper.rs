//! The seven stages as a stepper: at the side on a wide screen, a scrolling bar on a phone.

use leptos::prelude::*;

use crate::domain::progress::{all_progress, StageState};
use crate::domain::stages::STAGES;

use super::router::Route;
use super::state::use_state;

#[component]
pub fn Stepper() -> impl IntoView {
    let state = use_state();
    let progress = Memo::new(move |_| state.data.with(all_progress));
    view! {
        <nav class="stepper" aria-label="Этапы внедрения целевой модели наставничества">
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
