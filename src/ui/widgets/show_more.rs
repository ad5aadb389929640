//! «Показать ещё» under a long table that shows a page at a time.

use leptos::prelude::*;

use super::Getter;

/// Shown while `total` rows exceed `limit`: «Показать ещё N» (the next page, or what is left),
/// optionally «Показать все» and «Показано X из Y <unit>».
#[component]
pub fn ShowMore(
    limit: RwSignal<usize>,
    #[prop(into)] total: Getter<usize>,
    page: usize,
    #[prop(optional)] show_all: bool,
    /// With it, «Показано X из Y <counter>» follows the buttons (e.g. «строк»).
    #[prop(optional)]
    counter: Option<&'static str>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    move || {
        let total = total.get();
        let shown = limit.get().min(total);
        (total > shown).then(|| {
            view! {
                <div class="actions">
                    <button type="button" class="btn" data-testid=testid
                        on:click=move |_| limit.update(|l| *l = l.saturating_add(page))>
                        {format!("Показать ещё {}", page.min(total - shown))}
                    </button>
                    {show_all.then(|| view! {
                        <button type="button" class="btn" on:click=move |_| limit.set(usize::MAX)>"Показать все"</button>
                    })}
                    {counter.map(|unit| {
                        let text = format!("Показано {shown} из {total} {unit}");
                        view! { <span class="muted">{text.trim_end().to_string()}</span> }
                    })}
                </div>
            }
        })
    }
}
