//! The block screens are made of: a `<section class="card">` named by its heading.

use leptos::prelude::*;

/// `<section class="card …" aria-labelledby=id>` with `<h2 id=id>title</h2>` (`<h3>` when
/// `minor`), then `intro` as a paragraph or `hint` as a hint paragraph, then the children.
#[component]
pub fn Card(
    /// The heading's id, which names the section.
    id: &'static str,
    #[prop(into)] title: String,
    /// Classes after «card», e.g. «next-step».
    #[prop(optional)]
    class: Option<&'static str>,
    /// A sub-section inside a screen's own heading level: `<h3>`.
    #[prop(optional)]
    minor: bool,
    #[prop(optional)] intro: Option<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] testid: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let class = match class {
        Some(c) => format!("card {c}"),
        None => "card".to_string(),
    };
    let heading = if minor {
        view! { <h3 id=id>{title}</h3> }.into_any()
    } else {
        view! { <h2 id=id>{title}</h2> }.into_any()
    };
    view! {
        <section class=class aria-labelledby=id data-testid=testid>
            {heading}
            {intro.map(|t| view! { <p>{t}</p> })}
            {hint.map(|t| view! { <p class="hint">{t}</p> })}
            {children()}
        </section>
    }
}
