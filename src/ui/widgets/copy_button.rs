//! «Копировать»: puts a text on the clipboard and says whether it went there.

use leptos::prelude::*;

use crate::storage::remote;

/// A small «Копировать» button (with `hidden` words after it for screen readers only: what it
/// copies) and a status that reads `done` once the text from `text` is on the clipboard, or
/// why the browser refused.
#[component]
pub fn CopyButton(
    /// The text to copy, read when the button is pressed.
    text: Callback<(), String>,
    /// Said when the copy succeeded, e.g. «Текст скопирован».
    done: &'static str,
    #[prop(into)] hidden: MaybeProp<String>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<Result<(), String>>);
    view! {
        <button type="button" class="btn btn-small" data-testid=testid on:click=move |_| {
            let text = text.run(());
            leptos::task::spawn_local(async move {
                copied.set(Some(remote::copy_text(&text).await));
            });
        }>"Копировать"<span class="visually-hidden">{move || hidden.get()}</span></button>
        <span role="status">
            {move || copied.get().map(|r| match r {
                Ok(()) => view! { <span class="ok">{done}</span> }.into_any(),
                Err(e) => view! { <span class="error">{e}</span> }.into_any(),
            })}
        </span>
    }
}
