//! «Показатели по учебным годам»: the school's years side by side, a table and charts (rules
//! and drawing in `domain::history`). Shown only once the school has a past year.

use leptos::prelude::*;

use crate::domain::history;

use super::state::use_state;

/// The years side by side under an `h3`, or nothing while the school has one year.
#[component]
pub fn YearsHistory() -> impl IntoView {
    let state = use_state();
    let html = Memo::new(move |_| {
        state.data.with(|d| {
            let years = history::years(d);
            (!years.is_empty()).then(|| history::html(&years, "history"))
        })
    });
    move || {
        html.get().map(|html| {
            view! {
                <section class="history" aria-labelledby="history-title" data-testid="history">
                    <h3 id="history-title">"История по учебным годам"</h3>
                    <div inner_html=html></div>
                </section>
            }
        })
    }
}
